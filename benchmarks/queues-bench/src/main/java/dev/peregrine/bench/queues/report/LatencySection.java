package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.BenchResult;
import dev.peregrine.bench.queues.LatencySummary;
import dev.peregrine.bench.queues.OperationResult;
import dev.peregrine.bench.queues.RoleResult;
import dev.peregrine.bench.report.BarChart;
import dev.peregrine.bench.report.Figures;
import dev.peregrine.bench.report.HtmlWriter;
import dev.peregrine.bench.report.ReportSection;

/**
 * The latency of successful requests: p50 and p99 bars per role (and per consumer operation, since a
 * claim and a delete cost the server differently), and a table of every percentile.
 */
final class LatencySection implements ReportSection {
    private final BenchResult result;

    LatencySection(BenchResult result) {
        this.result = result;
    }

    @Override
    public String title() {
        return "Latency";
    }

    @Override
    public String anchor() {
        return "latency";
    }

    @Override
    public void render(HtmlWriter out) {
        out.element("p", "Each request timed from its own send to the end of its own response; successful "
                + "requests only. Light bars the lower percentile, dark bars the higher.", "class", "lede");
        BarChart typical = new BarChart("Latency, p50 and p99", "milliseconds");
        BarChart tail = new BarChart("Latency, p99.9 and max", "milliseconds");
        for (RoleResult role : result.roles()) {
            bars(typical, tail, role.role().label(), role.latency());
            if (role.operations().size() > 1) {
                for (OperationResult operation : role.operations()) {
                    bars(typical, tail, role.role().label() + " " + operation.operation().label(), operation.latency());
                }
            }
        }
        out.open("div", "class", "charts");
        typical.render(out);
        tail.render(out);
        out.close();

        out.open("table", "class", "latency");
        out.open("thead").open("tr");
        for (String heading : new String[] {"requests", "count", "mean", "stdev", "p50", "p90", "p99", "p99.9", "max"}) {
            out.element("th", heading);
        }
        out.close().close();
        out.open("tbody");
        for (RoleResult role : result.roles()) {
            row(out, role.role().label(), role.latency(), RoleColours.kind(role.role()));
            if (role.operations().size() > 1) {
                for (OperationResult operation : role.operations()) {
                    row(out, role.role().label() + " " + operation.operation().label(), operation.latency(), "");
                }
            }
        }
        out.close().close();
    }

    private static void bars(BarChart typical, BarChart tail, String label, LatencySummary latency) {
        // NOTE: the note beside a row has room for one figure: the darker bar's.
        typical.row(label, Figures.latency(latency.p99() * 1e3),
                BarChart.Bar.of(latency.p50(), "p50"), BarChart.Bar.of(latency.p99(), "p99"));
        tail.row(label, Figures.latency(latency.max() * 1e3),
                BarChart.Bar.of(latency.p999(), "p50"), BarChart.Bar.of(latency.max(), "p99"));
    }

    private static void row(HtmlWriter out, String label, LatencySummary latency, String kind) {
        out.open("tr", "class", kind);
        out.element("th", label);
        out.element("td", Long.toString(latency.count()));
        for (double ms : new double[] {latency.mean(), latency.stdev(), latency.p50(), latency.p90(), latency.p99(),
                latency.p999(), latency.max()}) {
            out.element("td", Figures.latency(ms * 1e3));
        }
        out.close();
    }
}
