package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryMarkdownTest {
    private static final MachineFacts FACTS = new MachineFacts("AMD EPYC", 2, "6.18", "25.0.3", "-XX:+UseParallelGC",
            "wrk 4.1.0", Map.of("netty", "4.2.18.Final"));

    @Test
    void rowShowsMediansRatiosToTheBaselineAndTheClientBoundMark() {
        BenchmarkPlan plan = SamplePlans.jsonAndQueue();
        List<CellSummary> summaries = List.of(
                new CellSummary("netty", "json", "keep-alive c64", 2, 100_000, 10.0, 600, 2_500, 0, 2),
                new CellSummary("peregrine-inline", "json", "keep-alive c64", 2, 90_000, 12.5, 700, 3_000, 3, 0));
        String markdown = SummaryMarkdown.render("Run", FACTS, plan, "netty", Map.of("vertx", "did not start"), summaries);

        assertTrue(markdown.contains("| netty | 100,000 | 1.00 | 10.0 | 1.00 | 600 µs | 2.50 ms | 0 | client-bound 2/2 |\n"),
                markdown);
        assertTrue(markdown.contains("| peregrine-inline | 90,000 | 0.90 | 12.5 | 1.25 | 700 µs | 3.00 ms | 3 |  |\n"),
                markdown);
        assertTrue(markdown.contains("- Skipped vertx: did not start\n"), markdown);
        assertTrue(markdown.contains("`-XX:+UseParallelGC`"), markdown);
        assertTrue(markdown.contains("## /json (keep-alive c64)"), markdown);
    }

    @Test
    void ratiosWithoutABaselineAreDashes() {
        assertEquals("–", SummaryMarkdown.ratio(5, Double.NaN));
        assertEquals("0.50", SummaryMarkdown.ratio(5, 10));
    }

    @Test
    void cellSummaryTakesMediansOfSucceededRoundsOnly() {
        Scenario scenario = new Scenario(Endpoint.JSON, LoadShape.keepAlive(64));
        List<RoundResult> rounds = List.of(round(1, 100, 10, false), round(2, 300, 30, true),
                round(3, 200, 20, false), RoundResult.failed("netty", scenario, 4, "wrk did not finish"));
        CellSummary summary = CellSummary.of("netty", scenario, rounds);
        assertEquals(3, summary.rounds());
        assertEquals(200, summary.requestsPerSecond());
        assertEquals(20, summary.cpuMicrosPerRequest());
        assertEquals(1, summary.clientBoundRounds());
        assertEquals(3, summary.errors());
    }

    private static RoundResult round(int round, double rate, double cpu, boolean clientBound) {
        WrkReport wrk = new WrkReport((long) rate, 1, rate, 500, 600, 700, 900, 0, 1, 0, 0, 0);
        return new RoundResult("netty", "json", "keep-alive c64", round, wrk, cpu, 1.0, 0.5, clientBound, null);
    }
}
