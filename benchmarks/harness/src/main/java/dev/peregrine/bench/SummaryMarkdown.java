package dev.peregrine.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code summary.md}: the machine's facts, the plan, the peers that were skipped and why,
 * and a table per scenario with medians and ratios to the baseline peer (raw Netty).
 */
public final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    /**
     * Renders the summary.
     *
     * @param title     the heading, naming the run
     * @param facts     the machine's facts
     * @param plan      the plan that ran
     * @param baseline  the peer ratios are taken against
     * @param skipped   peers left out, with the reason
     * @param summaries one entry per peer and scenario, in the order the tables should list them
     * @return the Markdown text
     */
    public static String render(String title, MachineFacts facts, BenchmarkPlan plan, String baseline,
                                Map<String, String> skipped, List<CellSummary> summaries) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append("\n\n");
        out.append("- CPU: ").append(facts.cpuModel()).append(", ").append(facts.cores()).append(" cores; kernel ")
                .append(facts.kernel()).append('\n');
        out.append("- JDK: ").append(facts.jdk()).append("; JAVA_OPTS for every JVM peer: `")
                .append(facts.javaOpts()).append("`\n");
        out.append("- Load: ").append(facts.wrk()).append(", one thread on core 1; servers on core 0\n");
        out.append("- Plan: ").append(plan.name()).append(", ").append(plan.rounds()).append(" rounds of ")
                .append(plan.durationSeconds()).append(" s interleaved across peers, each scenario warmed up for ")
                .append(plan.warmupSeconds()).append(" s per peer; figures are medians over the rounds\n");
        out.append("- Peer versions:");
        for (Map.Entry<String, String> version : facts.peerVersions().entrySet()) {
            out.append(' ').append(version.getKey()).append(" (").append(version.getValue()).append(");");
        }
        out.setLength(out.length() - (facts.peerVersions().isEmpty() ? 0 : 1));
        out.append('\n');
        for (Map.Entry<String, String> skip : skipped.entrySet()) {
            out.append("- Skipped ").append(skip.getKey()).append(": ").append(skip.getValue()).append('\n');
        }
        out.append("\nRatios are to `").append(baseline).append("`: throughput above 1 is faster, CPU per request")
                .append(" below 1 is cheaper. CPU is the server's user+system time, workers included, over")
                .append(" wrk's window. *client-bound* marks rounds where wrk's core was at least 95% busy or")
                .append(" the server's below 90%: there the throughput says more about wrk than about the server.\n");
        for (Scenario scenario : plan.scenarios()) {
            appendTable(out, scenario, baseline, summaries);
        }
        return out.toString();
    }

    private static void appendTable(StringBuilder out, Scenario scenario, String baseline, List<CellSummary> summaries) {
        CellSummary base = null;
        for (CellSummary summary : summaries) {
            if (matches(summary, scenario) && summary.peer().equals(baseline)) {
                base = summary;
            }
        }
        out.append("\n## ").append(scenario.endpoint().path()).append(" (").append(scenario.shape().label())
                .append(")\n\n");
        out.append("| peer | req/s | × ").append(baseline).append(" | CPU µs/req | × ").append(baseline)
                .append(" | p50 | p99 | errors | client-bound |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (CellSummary summary : summaries) {
            if (!matches(summary, scenario)) {
                continue;
            }
            out.append("| ").append(summary.peer())
                    .append(" | ").append(number("%,.0f", summary.requestsPerSecond()))
                    .append(" | ").append(ratio(summary.requestsPerSecond(), base == null ? Double.NaN : base.requestsPerSecond()))
                    .append(" | ").append(number("%.1f", summary.cpuMicrosPerRequest()))
                    .append(" | ").append(ratio(summary.cpuMicrosPerRequest(), base == null ? Double.NaN : base.cpuMicrosPerRequest()))
                    .append(" | ").append(latency(summary.p50Micros()))
                    .append(" | ").append(latency(summary.p99Micros()))
                    .append(" | ").append(summary.errors())
                    .append(" | ").append(summary.clientBoundRounds() == 0 ? "" : "client-bound "
                            + summary.clientBoundRounds() + "/" + summary.rounds())
                    .append(" |\n");
        }
    }

    private static boolean matches(CellSummary summary, Scenario scenario) {
        return summary.endpoint().equals(scenario.endpoint().label()) && summary.shape().equals(scenario.shape().label());
    }

    /** Formats a ratio with two decimals, or a dash when either side is missing. */
    static String ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? "–" : number("%.2f", value / base);
    }

    /** Formats a latency in the largest unit that keeps it at or above 1: {@code 850 µs}, {@code 1.25 ms}. */
    static String latency(double micros) {
        if (Double.isNaN(micros)) {
            return "–";
        }
        return micros < 1_000 ? number("%.0f µs", micros) : number("%.2f ms", micros / 1_000);
    }

    private static String number(String format, double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, format, value);
    }
}
