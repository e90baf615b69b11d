package dev.peregrine.bench.report;

import dev.peregrine.bench.OpenLoopReport;
import dev.peregrine.bench.SweepMarkdown;
import dev.peregrine.bench.SweepStep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The open-loop rate sweep: per peer, the achieved rate, the p99 latency (log scale) and the
 * server's CPU per request against the attempted rate, points ringed where requests failed or went
 * unsent, then a table of every step.
 */
public final class RateSweepSection implements ReportSection {
    private final List<SweepStep> steps;
    private final List<String> peers;
    private final List<Long> rates;

    /**
     * Prepares the section.
     *
     * @param steps the sweep's steps, in the order they ran
     */
    public RateSweepSection(List<SweepStep> steps) {
        this.steps = List.copyOf(steps);
        this.peers = SweepMarkdown.peers(steps);
        List<Long> found = new ArrayList<>();
        for (SweepStep step : steps) {
            if (!found.contains(step.attemptedRate())) {
                found.add(step.attemptedRate());
            }
        }
        found.sort(null);
        this.rates = List.copyOf(found);
    }

    @Override
    public String title() {
        return "Open-loop rate sweep" + (steps.isEmpty() ? "" : " · " + steps.getFirst().endpoint());
    }

    @Override
    public String anchor() {
        return "rate-sweep";
    }

    @Override
    public void render(HtmlWriter out) {
        out.element("p", "Requests sent at each attempted rate whether or not earlier ones were answered; latency"
                + " runs from each request's intended send time (corrected for coordinated omission). Ringed points"
                + " had errors (non-2xx, timeouts, connection errors) or unsent requests, the sign of a step past"
                + " saturation.", "class", "lede");
        out.open("div", "class", "charts");
        chart("Achieved rate", "achieved requests per second (higher is better)", false, Figure.ACHIEVED).render(out);
        chart("Latency p99", "milliseconds, log scale (lower is better)", true, Figure.P99_MILLIS).render(out);
        chart("Server CPU per request", "µs of server CPU per request (lower is better)", false, Figure.CPU)
                .render(out);
        out.close();
        table(out);
    }

    /** What a chart plots for a step. */
    private enum Figure {
        ACHIEVED, P99_MILLIS, CPU
    }

    private LineChart chart(String caption, String unit, boolean logarithmic, Figure figure) {
        LineChart chart = new LineChart(caption, unit, rates, logarithmic);
        for (int p = 0; p < peers.size(); p++) {
            LineChart.Point[] points = new LineChart.Point[rates.size()];
            for (int r = 0; r < rates.size(); r++) {
                SweepStep step = step(peers.get(p), rates.get(r));
                points[r] = step == null || !step.succeeded() ? new LineChart.Point(Double.NaN, false)
                        : new LineChart.Point(value(step, figure), troubled(step.generator()));
            }
            chart.series(peers.get(p), p, points);
        }
        return chart;
    }

    private static double value(SweepStep step, Figure figure) {
        return switch (figure) {
            case ACHIEVED -> step.generator().achievedRate();
            case P99_MILLIS -> step.generator().p99Micros() / 1_000.0;
            case CPU -> step.serverCpuMicrosPerRequest();
        };
    }

    private void table(HtmlWriter out) {
        out.open("table").open("thead").open("tr");
        for (String heading : new String[] {"peer", "attempted req/s", "achieved req/s", "p50", "p99", "max",
                "errors", "unsent", "CPU µs/req"}) {
            out.element("th", heading);
        }
        out.close().close().open("tbody");
        for (String peer : peers) {
            for (SweepStep step : steps) {
                if (step.peer().equals(peer)) {
                    row(out, step);
                }
            }
        }
        out.close().close();
    }

    private static void row(HtmlWriter out, SweepStep step) {
        out.open("tr", "class", kind(step.peer()));
        out.element("th", step.peer(), "scope", "row");
        out.element("td", String.format(Locale.ROOT, "%,d", step.attemptedRate()));
        if (!step.succeeded()) {
            out.element("td", "failed: " + step.failure(), "class", "bad", "colspan", "7");
            out.close();
            return;
        }
        OpenLoopReport report = step.generator();
        out.element("td", Figures.rate(report.achievedRate()));
        out.element("td", Figures.latency(report.p50Micros()));
        out.element("td", Figures.latency(report.p99Micros()));
        out.element("td", Figures.latency(report.maxMicros()));
        out.element("td", Long.toString(report.errors()), "class", report.errors() == 0 ? "ok" : "bad");
        out.element("td", Long.toString(report.unsent()), "class", report.unsent() == 0 ? "ok" : "bad");
        out.element("td", Figures.micros(step.serverCpuMicrosPerRequest()));
        out.close();
    }

    private SweepStep step(String peer, long rate) {
        for (SweepStep step : steps) {
            if (step.peer().equals(peer) && step.attemptedRate() == rate) {
                return step;
            }
        }
        return null;
    }

    private static boolean troubled(OpenLoopReport report) {
        return report.errors() > 0 || report.unsent() > 0;
    }

    private static String kind(String peer) {
        return peer.startsWith("peregrine") ? "peregrine" : "peer";
    }
}
