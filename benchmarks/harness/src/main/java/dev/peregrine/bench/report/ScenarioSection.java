package dev.peregrine.bench.report;

import dev.peregrine.bench.BaselineRatio;
import dev.peregrine.bench.CellSummary;
import dev.peregrine.bench.RoundSpread;
import dev.peregrine.bench.Scenario;

import java.util.List;

/**
 * One closed-loop scenario (an endpoint under one wrk load shape): charts of throughput with its
 * spread over the rounds, server CPU per request and p50/p99 latency per peer (none for pipelined
 * scenarios, whose latency wrk does not measure), then the table of medians with their spread, ratios to
 * the baseline marked where they are bounds, errors and the rounds that were client-bound or stalled,
 * and notes on the marks shown.
 */
public final class ScenarioSection implements ReportSection {
    private final RunResults results;
    private final Scenario scenario;
    private final List<CellSummary> summaries;
    private final CellSummary base;

    /**
     * Prepares the section.
     *
     * @param results  the run's results
     * @param scenario the scenario to show
     */
    public ScenarioSection(RunResults results, Scenario scenario) {
        this.results = results;
        this.scenario = scenario;
        this.summaries = results.summariesOf(scenario);
        CellSummary found = null;
        for (CellSummary summary : summaries) {
            found = summary.peer().equals(results.baseline()) ? summary : found;
        }
        this.base = found;
    }

    @Override
    public String title() {
        return scenario.endpoint().path() + " · " + scenario.shape().label();
    }

    @Override
    public String anchor() {
        return (scenario.endpoint().label() + "-" + scenario.shape().label()).replace(' ', '-');
    }

    @Override
    public void render(HtmlWriter out) {
        out.element("p", "GET " + scenario.endpoint().path() + " (" + scenario.endpoint().label() + "), wrk "
                + scenario.shape().label() + ". Bars are medians over the rounds; whiskers span the slowest to the"
                + " fastest round; faded bars were client-bound (wrk's core at least 95% busy) in at least one round."
                + " A stalled round had neither core busy: the server was waiting on something, not on load.",
                "class", "lede");
        out.open("div", "class", "charts");
        throughputChart().render(out);
        cpuChart().render(out);
        if (latencyMeasured()) {
            latencyChart().render(out);
        }
        out.close();
        if (!latencyMeasured()) {
            out.element("p", "Latency not measured: wrk times a pipelined batch, not each request.", "class", "note");
        }
        table(out);
        notes(out);
    }

    private BarChart throughputChart() {
        BarChart chart = new BarChart("Throughput", "requests per second (higher is better)");
        for (CellSummary summary : summaries) {
            RoundSpread rate = summary.requestsPerSecond();
            String errors = summary.errors() == 0 ? "" : " · " + summary.errors() + " errors";
            chart.row(summary.peer(), Figures.rate(rate.median()) + " · " + BaselineRatio.throughput(summary, base)
                            + "×" + errors, summary.clientBound(),
                    BarChart.Bar.spread(rate.median(), rate.min(), rate.max(), kind(summary.peer())));
        }
        return chart;
    }

    private BarChart cpuChart() {
        BarChart chart = new BarChart("Server CPU per request", "µs of server CPU per request (lower is better)");
        for (CellSummary summary : summaries) {
            RoundSpread cpu = summary.cpuMicrosPerRequest();
            chart.row(summary.peer(), Figures.micros(cpu.median()) + " µs · " + BaselineRatio.cpu(summary, base) + "×",
                    BarChart.Bar.spread(cpu.median(), cpu.min(), cpu.max(), kind(summary.peer())));
        }
        return chart;
    }

    private BarChart latencyChart() {
        BarChart chart = new BarChart("Latency p50 (light) and p99 (dark)", "milliseconds (lower is better)");
        for (CellSummary summary : summaries) {
            String note = Figures.latency(summary.p50Micros()) + " / " + Figures.latency(summary.p99Micros());
            chart.row(summary.peer(), note, BarChart.Bar.of(summary.p50Micros() / 1_000, "p50"),
                    BarChart.Bar.of(summary.p99Micros() / 1_000, "p99"));
        }
        return chart;
    }

    private void table(HtmlWriter out) {
        String baseline = results.baseline();
        out.open("table").open("thead").open("tr");
        for (String heading : new String[] {"peer", "req/s (min–max)", "× " + baseline, "CPU µs/req (min–max)",
                "× " + baseline, "p50", "p99", "errors", "rounds limited"}) {
            out.element("th", heading);
        }
        out.close().close().open("tbody");
        for (CellSummary summary : summaries) {
            out.open("tr", "class", kind(summary.peer()));
            out.element("th", summary.peer(), "scope", "row");
            out.element("td", summary.requestsPerSecond().describe("%,.0f"));
            out.element("td", BaselineRatio.throughput(summary, base));
            out.element("td", summary.cpuMicrosPerRequest().describe("%.1f"));
            out.element("td", BaselineRatio.cpu(summary, base));
            out.element("td", latency(summary.p50Micros()));
            out.element("td", latency(summary.p99Micros()));
            out.element("td", Long.toString(summary.errors()), "class", summary.errors() == 0 ? "ok" : "bad");
            out.element("td", summary.limitedRounds(), "class", "mark");
            out.close();
        }
        out.close().close();
    }

    /** Explains the marks the table shows, each only when it appears. */
    private void notes(HtmlWriter out) {
        boolean wide = false;
        boolean bounded = false;
        for (CellSummary summary : summaries) {
            wide |= summary.requestsPerSecond().wide() || summary.cpuMicrosPerRequest().wide();
            bounded |= base != null && summary != base && (summary.clientBound() || base.clientBound());
        }
        if (wide) {
            out.element("p", RoundSpread.WIDE_MARK + " The rounds' spread (max − min) is over "
                    + Math.round(RoundSpread.WIDE * 100) + "% of the median: the rounds disagree.", "class", "note");
        }
        if (bounded) {
            out.element("p", BaselineRatio.THROUGHPUT_NOTE.replace("`", ""), "class", "note");
            out.element("p", BaselineRatio.CPU_NOTE.replace("`", ""), "class", "note");
        }
    }

    private boolean latencyMeasured() {
        return scenario.shape().pipelineDepth() == 1;
    }

    private static String latency(Double micros) {
        return micros == null ? "not measured" : Figures.latency(micros);
    }

    private String kind(String peer) {
        return peer.equals(results.baseline()) ? "baseline" : peer.startsWith("peregrine") ? "peregrine" : "peer";
    }
}
