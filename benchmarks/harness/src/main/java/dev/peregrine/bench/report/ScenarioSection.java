package dev.peregrine.bench.report;

import dev.peregrine.bench.CellSummary;
import dev.peregrine.bench.RoundResult;
import dev.peregrine.bench.Scenario;

import java.util.List;

/**
 * One closed-loop scenario (an endpoint under one wrk load shape): charts of throughput with its
 * spread over the rounds, server CPU per request and p50/p99 latency per peer, then the table of
 * medians, ratios to the baseline, errors and client-bound marks.
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
                + " fastest round; faded bars were client-bound in at least one round.", "class", "lede");
        out.open("div", "class", "charts");
        throughputChart().render(out);
        cpuChart().render(out);
        latencyChart().render(out);
        out.close();
        table(out);
    }

    private BarChart throughputChart() {
        BarChart chart = new BarChart("Throughput", "requests per second (higher is better)");
        for (CellSummary summary : summaries) {
            double[] spread = spread(summary.peer(), true);
            String errors = summary.errors() == 0 ? "" : " · " + summary.errors() + " errors";
            chart.row(summary.peer(), Figures.rate(summary.requestsPerSecond()) + " · "
                            + ratio(summary.requestsPerSecond(), baseRate()) + errors, summary.clientBoundRounds() > 0,
                    BarChart.Bar.spread(summary.requestsPerSecond(), spread[0], spread[1], kind(summary.peer())));
        }
        return chart;
    }

    private BarChart cpuChart() {
        BarChart chart = new BarChart("Server CPU per request", "µs of server CPU per request (lower is better)");
        for (CellSummary summary : summaries) {
            double[] spread = spread(summary.peer(), false);
            chart.row(summary.peer(), Figures.micros(summary.cpuMicrosPerRequest()) + " µs · "
                            + ratio(summary.cpuMicrosPerRequest(), baseCpu()),
                    BarChart.Bar.spread(summary.cpuMicrosPerRequest(), spread[0], spread[1], kind(summary.peer())));
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
        String base = results.baseline();
        out.open("table").open("thead").open("tr");
        for (String heading : new String[] {"peer", "req/s", "× " + base, "rounds min–max req/s", "CPU µs/req",
                "× " + base, "p50", "p99", "errors", "client-bound"}) {
            out.element("th", heading);
        }
        out.close().close().open("tbody");
        for (CellSummary summary : summaries) {
            double[] spread = spread(summary.peer(), true);
            out.open("tr", "class", kind(summary.peer()));
            out.element("th", summary.peer(), "scope", "row");
            out.element("td", Figures.rate(summary.requestsPerSecond()));
            out.element("td", Figures.ratio(summary.requestsPerSecond(), baseRate()));
            out.element("td", Figures.rate(spread[0]) + " – " + Figures.rate(spread[1]));
            out.element("td", Figures.micros(summary.cpuMicrosPerRequest()));
            out.element("td", Figures.ratio(summary.cpuMicrosPerRequest(), baseCpu()));
            out.element("td", Figures.latency(summary.p50Micros()));
            out.element("td", Figures.latency(summary.p99Micros()));
            out.element("td", Long.toString(summary.errors()), "class", summary.errors() == 0 ? "ok" : "bad");
            out.element("td", summary.clientBoundRounds() == 0 ? "" : "client-bound " + summary.clientBoundRounds()
                    + "/" + summary.rounds(), "class", "mark");
            out.close();
        }
        out.close().close();
    }

    /** The lowest and highest of a peer's rounds, in throughput or in CPU per request. */
    private double[] spread(String peer, boolean throughput) {
        double low = Double.NaN;
        double high = Double.NaN;
        for (RoundResult round : results.roundsOf(peer, scenario)) {
            double value = throughput ? round.wrk().requestsPerSecond() : round.serverCpuMicrosPerRequest();
            low = Double.isNaN(low) ? value : Math.min(low, value);
            high = Double.isNaN(high) ? value : Math.max(high, value);
        }
        return new double[] {low, high};
    }

    private String kind(String peer) {
        return peer.equals(results.baseline()) ? "baseline" : peer.startsWith("peregrine") ? "peregrine" : "peer";
    }

    private String ratio(double value, double baseline) {
        return Figures.ratio(value, baseline) + "×";
    }

    private double baseRate() {
        return base == null ? Double.NaN : base.requestsPerSecond();
    }

    private double baseCpu() {
        return base == null ? Double.NaN : base.cpuMicrosPerRequest();
    }
}
