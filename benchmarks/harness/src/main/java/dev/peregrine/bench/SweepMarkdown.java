package dev.peregrine.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the rate sweep's part of {@code summary.md}: one table per peer, one row per attempted
 * rate, with what was achieved, the corrected latencies, the failed and unsent requests and the
 * server's CPU per request.
 */
public final class SweepMarkdown {
    private SweepMarkdown() {
    }

    /**
     * Renders the sweep's tables.
     *
     * @param steps every step, in the order they ran
     * @return the Markdown text, empty when no sweep ran
     */
    public static String render(List<SweepStep> steps) {
        if (steps.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append("\n## Open-loop rate sweep\n\n")
                .append("Requests are sent at the attempted rate whether or not earlier ones were answered, and")
                .append(" latency runs from each request's intended send time (corrected for coordinated")
                .append(" omission). *errors* counts non-2xx answers, timeouts and connection errors; *unsent*")
                .append(" counts requests due that no free connection could carry, a sign the step is past")
                .append(" saturation.\n");
        for (String peer : peers(steps)) {
            out.append("\n### ").append(peer).append(" (").append(steps.getFirst().endpoint()).append(")\n\n");
            out.append("| attempted req/s | achieved req/s | p50 | p99 | max | errors | unsent | CPU µs/req |\n");
            out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (SweepStep step : steps) {
                if (step.peer().equals(peer)) {
                    out.append(row(step)).append('\n');
                }
            }
        }
        return out.toString();
    }

    /**
     * Renders one step as a table row.
     *
     * @param step the step
     * @return the row, without a line break
     */
    static String row(SweepStep step) {
        String attempted = String.format(Locale.ROOT, "%,d", step.attemptedRate());
        if (!step.succeeded()) {
            return "| " + attempted + " | failed: " + step.failure().replace('|', '/') + " | | | | | | |";
        }
        OpenLoopReport report = step.generator();
        return "| " + attempted
                + " | " + String.format(Locale.ROOT, "%,.0f", report.achievedRate())
                + " | " + SummaryMarkdown.latency(report.p50Micros())
                + " | " + SummaryMarkdown.latency(report.p99Micros())
                + " | " + SummaryMarkdown.latency(report.maxMicros())
                + " | " + report.errors()
                + " | " + report.unsent()
                + " | " + (Double.isNaN(step.serverCpuMicrosPerRequest()) ? "–"
                        : String.format(Locale.ROOT, "%.1f", step.serverCpuMicrosPerRequest()))
                + " |";
    }

    /**
     * Returns the peers of a sweep in the order they first ran.
     *
     * @param steps the steps
     * @return each peer's name once
     */
    public static List<String> peers(List<SweepStep> steps) {
        List<String> peers = new ArrayList<>();
        for (SweepStep step : steps) {
            if (!peers.contains(step.peer())) {
                peers.add(step.peer());
            }
        }
        return peers;
    }
}
