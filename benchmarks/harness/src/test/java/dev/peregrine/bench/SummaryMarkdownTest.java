package dev.peregrine.bench;

import dev.peregrine.bench.report.RunResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryMarkdownTest {
    private static final MachineFacts FACTS = new MachineFacts("AMD EPYC", 2, "6.18", "25.0.3", "-XX:+UseParallelGC",
            "wrk 4.1.0", Map.of("netty", "4.2.18.Final"));
    private static final Scenario JSON = new Scenario(Endpoint.JSON, LoadShape.keepAlive(64));
    private static final Scenario PIPELINED = new Scenario(Endpoint.PLAINTEXT, LoadShape.pipelined(64, 16));

    @Test
    void rowShowsMediansWithTheirRangeRatiosAndTheRoundsLimited() {
        List<CellSummary> summaries = List.of(
                cell("netty", 100_000, 95_000, 104_000, 10.0, 2, 0),
                cell("peregrine-inline", 90_000, 88_000, 91_000, 12.5, 0, 0));
        String markdown = SummaryMarkdown.render("Run", FACTS, SamplePlans.jsonAndQueue(), "netty",
                Map.of("vertx", "did not start"), summaries);

        assertTrue(markdown.contains("| netty | 100,000 (95,000–104,000) | 1.00 | 10.0 (10.0–10.0) | 1.00 | 600 µs"
                + " | 2.50 ms | 0 | client-bound 2/2 |\n"), markdown);
        assertTrue(markdown.contains("| peregrine-inline | 90,000 (88,000–91,000) | ≤ 0.90 | 12.5 (12.5–12.5) | 1.25 † |"
                + " 600 µs | 2.50 ms | 0 |  |\n"), markdown);
        assertTrue(markdown.contains("- Skipped vertx: did not start\n"), markdown);
        assertTrue(markdown.contains("`-XX:+UseParallelGC`"), markdown);
        assertTrue(markdown.contains("## /json (keep-alive c64)"), markdown);
    }

    @Test
    void aRecordedOrderGivesItsSeedAndHowPeersWereWarmedUp() {
        List<CellSummary> summaries = List.of(cell("netty", 100_000, 95_000, 104_000, 10.0, 0, 0));
        String alone = SummaryMarkdown.render("Run", FACTS, SamplePlans.jsonAndQueue(), "netty", Map.of(), summaries,
                new RunOrder(42, RunOrder.ONE_AT_A_TIME));
        assertTrue(alone.contains("interleaved across peers, each peer started alone for each measurement and warmed up for "),
                alone);
        assertTrue(alone.contains("- Order: peers shuffled every round with seed 42 (repeat with `--seed 42`); peers up one at"
                + " a time\n"), alone);
        String allUp = SummaryMarkdown.render("Run", FACTS, SamplePlans.jsonAndQueue(), "netty", Map.of(), summaries,
                new RunOrder(7, "all-up"));
        assertTrue(allUp.contains("each scenario warmed up for ") && allUp.contains("seed 7") && allUp.contains("all up for the"
                + " whole run"), allUp);
        String unrecorded = SummaryMarkdown.render("Run", FACTS, SamplePlans.jsonAndQueue(), "netty", Map.of(), summaries);
        assertTrue(!unrecorded.contains("- Order:"), unrecorded);
    }

    @Test
    void wideSpreadIsMarkedAndTheMarkExplainedUnderTheTable() {
        String markdown = SummaryMarkdown.render("Run", FACTS, SamplePlans.jsonAndQueue(), "netty", Map.of(),
                List.of(cell("netty", 61_475, 49_239, 69_910, 10.0, 0, 0)));

        assertTrue(markdown.contains("| 61,475 (49,239–69,910) ⚠ |"), markdown);
        assertTrue(markdown.contains("\n⚠ The rounds' spread is over 10% of the median"), markdown);
    }

    @Test
    void narrowSpreadsNeedNoMarkNorNote() {
        String markdown = SummaryMarkdown.render("Run", FACTS, SamplePlans.jsonAndQueue(), "netty", Map.of(),
                List.of(cell("netty", 100_000, 95_000, 105_000, 10.0, 0, 0)));

        assertTrue(markdown.contains("| 100,000 (95,000–105,000) | 1.00 |"), markdown);
        assertFalse(markdown.contains("\n⚠ The rounds' spread"), markdown);
        assertFalse(markdown.contains(BaselineRatio.THROUGHPUT_NOTE), markdown);
    }

    @Test
    void boundedRatiosAreExplainedUnderTheirTable() {
        String markdown = SummaryMarkdown.render("Run", FACTS, SamplePlans.jsonAndQueue(), "netty", Map.of(),
                List.of(cell("netty", 100_000, 100_000, 100_000, 10.0, 1, 0),
                        cell("vertx", 90_000, 90_000, 90_000, 10.0, 0, 0)));

        assertTrue(markdown.contains(BaselineRatio.THROUGHPUT_NOTE + "\n" + BaselineRatio.CPU_NOTE + "\n"), markdown);
    }

    @Test
    void stalledRoundsAreListedApartFromClientBoundOnes() {
        String markdown = SummaryMarkdown.render("Run", FACTS, SamplePlans.jsonAndQueue(), "netty", Map.of(),
                List.of(cell("falcon-gunicorn", 16, 16, 16, 10.0, 1, 2)));

        assertTrue(markdown.contains("| client-bound 1/3, stalled 2/3 |"), markdown);
        assertTrue(markdown.contains("*stalled* when neither core was busy"), markdown);
    }

    @Test
    void explanationSaysClientBoundIsTheGeneratorsCoreOnly() {
        String markdown = SummaryMarkdown.render("Run", FACTS, SamplePlans.jsonAndQueue(), "netty", Map.of(), List.of());

        assertTrue(markdown.contains("A round is *client-bound* when wrk's core was at least 95% busy"), markdown);
        assertFalse(markdown.contains("or the server's below 90%"), markdown);
    }

    @Test
    void pipelinedLatencyIsNotMeasuredRatherThanZero() {
        List<RoundResult> rounds = List.of(pipelinedRound(1), pipelinedRound(2));
        CellSummary summary = CellSummary.of("netty", PIPELINED, rounds);
        BenchmarkPlan plan = new BenchmarkPlan("full", List.of(PIPELINED), 2, 1, 2);

        String markdown = SummaryMarkdown.render("Run", FACTS, plan, "netty", Map.of(), List.of(summary));

        assertNull(summary.p50Micros());
        assertNull(summary.p99Micros());
        assertTrue(markdown.contains("| 1.00 | not measured | not measured | 0 |"), markdown);
    }

    @Test
    void writeRendersAnOlderResultsFileUnderTheCurrentRules(@TempDir Path folder) throws Exception {
        Path recorded = Path.of(SummaryMarkdownTest.class.getResource("/results/full-run-excerpt.json").toURI());
        Files.copy(recorded, folder.resolve("results.json"));

        Path written = SummaryMarkdown.write(folder, RunResults.read(folder.resolve("results.json")));

        String markdown = Files.readString(written);
        assertEquals(folder.resolve("summary.md"), written);
        assertTrue(markdown.contains("| falcon-gunicorn | 16 (16–16) | 0.00 | "), markdown);
        assertTrue(markdown.contains("| not measured | not measured | 0 | stalled 3/3 |"), markdown);
        assertTrue(markdown.contains("| falcon-gunicorn | 11,061 (9,646–11,098) ⚠ | ≤ 0.07 |"), markdown);
    }

    @Test
    void cellSummaryTakesMediansOfSucceededRoundsOnly() {
        List<RoundResult> rounds = List.of(round(1, 100, 10, RoundLimit.SERVER), round(2, 300, 30, RoundLimit.CLIENT),
                round(3, 200, 20, RoundLimit.STALLED), RoundResult.failed("netty", JSON, 4, "wrk did not finish"));
        CellSummary summary = CellSummary.of("netty", JSON, rounds);
        assertEquals(3, summary.rounds());
        assertEquals(new RoundSpread(200, 100, 300), summary.requestsPerSecond());
        assertEquals(new RoundSpread(20, 10, 30), summary.cpuMicrosPerRequest());
        assertEquals(500, summary.p50Micros());
        assertEquals(1, summary.clientBoundRounds());
        assertEquals(1, summary.stalledRounds());
        assertEquals(3, summary.errors());
    }

    private static CellSummary cell(String peer, double rate, double low, double high, double cpu, int clientBound,
                                    int stalled) {
        return new CellSummary(peer, "json", "keep-alive c64", Math.max(2, clientBound + stalled),
                new RoundSpread(rate, low, high), new RoundSpread(cpu, cpu, cpu), 600.0, 2_500.0, 0, clientBound, stalled);
    }

    private static RoundResult round(int round, double rate, double cpu, RoundLimit limit) {
        WrkReport wrk = new WrkReport((long) rate, 1, rate, 500.0, 600.0, 700.0, 900.0, 0, 1, 0, 0, 0);
        return new RoundResult("netty", "json", "keep-alive c64", round, wrk, cpu, 1.0, 0.5, limit, null);
    }

    private static RoundResult pipelinedRound(int round) {
        // wrk's own figures for a pipelined run: one latency per batch, percentiles of 0 µs.
        WrkReport wrk = new WrkReport(2016, 1.03, 1962.88, 203_130.0, 0.0, 0.0, 0.0, 0, 0, 0, 0, 0);
        ProcSample idle = new ProcSample(0, new CoreTimes(0, 0), new CoreTimes(0, 0));
        ProcSample busy = new ProcSample(100, new CoreTimes(100, 100), new CoreTimes(50, 100));
        return RoundResult.measured("netty", PIPELINED, round, wrk, idle, busy, 100);
    }
}
