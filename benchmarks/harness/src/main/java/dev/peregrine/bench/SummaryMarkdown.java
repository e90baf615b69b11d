package dev.peregrine.bench;

import dev.peregrine.bench.report.RunResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code summary.md}: the machine's facts, the plan, the peers that were skipped and why,
 * and a table per scenario with medians, their spread over the rounds, and ratios to the baseline peer
 * (raw Netty) marked where a client-bound round makes them bounds.
 */
public final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    /** The summary's file name inside a results folder. */
    public static final String FILE_NAME = "summary.md";

    /**
     * Renders a run's results, the rate sweep's tables included, into its folder's {@code summary.md}.
     *
     * @param folder  the results folder, whose name the title carries
     * @param results the run's results
     * @return the summary written
     * @throws IOException when it cannot be written
     */
    public static Path write(Path folder, RunResults results) throws IOException {
        String title = "Peregrine benchmark, " + results.plan().name() + " mode, "
                + folder.toAbsolutePath().normalize().getFileName();
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, render(title, results.machine(), results.plan(), results.baseline(), results.skipped(),
                results.summaries(), results.order()) + SweepMarkdown.render(results.sweep()));
        return file;
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
        return render(title, facts, plan, baseline, skipped, summaries, null);
    }

    /**
     * Renders the summary of a run whose order was recorded: its plan line says how peers were
     * warmed up, and an order line gives the seed that repeats it.
     *
     * @param order the seed and the peers' lifecycle, or {@code null} for a run that did not record them
     * @return the Markdown text
     */
    public static String render(String title, MachineFacts facts, BenchmarkPlan plan, String baseline,
                                Map<String, String> skipped, List<CellSummary> summaries, RunOrder order) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(title).append("\n\n");
        out.append("- CPU: ").append(facts.cpuModel()).append(", ").append(facts.cores()).append(" cores; kernel ")
                .append(facts.kernel()).append('\n');
        out.append("- JDK: ").append(facts.jdk()).append("; JAVA_OPTS for every JVM peer: `")
                .append(facts.javaOpts()).append("`\n");
        out.append("- Load: ").append(facts.wrk()).append(", one thread on core 1; servers on core 0\n");
        boolean oneAtATime = order != null && RunOrder.ONE_AT_A_TIME.equals(order.lifecycle());
        out.append("- Plan: ").append(plan.name()).append(", ").append(plan.rounds()).append(" rounds of ")
                .append(plan.durationSeconds()).append(" s interleaved across peers, ")
                .append(oneAtATime ? "each peer started alone for each measurement and warmed up for "
                        : "each scenario warmed up for ")
                .append(plan.warmupSeconds()).append(oneAtATime ? " s first" : " s per peer")
                .append("; figures are medians over the rounds\n");
        if (order != null) {
            out.append("- Order: peers shuffled every round with seed ").append(order.seed())
                    .append(" (repeat with `--seed ").append(order.seed()).append("`); peers ")
                    .append(oneAtATime ? "up one at a time" : "all up for the whole run").append('\n');
        }
        out.append("- Peer versions:");
        for (Map.Entry<String, String> version : facts.peerVersions().entrySet()) {
            out.append(' ').append(version.getKey()).append(" (").append(version.getValue()).append(");");
        }
        out.setLength(out.length() - (facts.peerVersions().isEmpty() ? 0 : 1));
        out.append('\n');
        for (Map.Entry<String, String> skip : skipped.entrySet()) {
            out.append("- Skipped ").append(skip.getKey()).append(": ").append(skip.getValue()).append('\n');
        }
        out.append("\nFigures are the median over the rounds with the slowest and fastest round in brackets; ")
                .append(RoundSpread.WIDE_MARK).append(" marks a spread (max − min) over ")
                .append(Math.round(RoundSpread.WIDE * 100)).append("% of the median. Ratios are to `").append(baseline)
                .append("`: throughput above 1 is faster, CPU per request below 1 is cheaper. CPU is the server's")
                .append(" user+system time, workers included, over wrk's window. A round is *client-bound* when wrk's")
                .append(" core was at least 95% busy: the load generator was the limit and the server might have gone")
                .append(" faster. It is *stalled* when neither core was busy (the server's below 90%, wrk's below 95%):")
                .append(" the server neither worked flat out nor lacked load, so it was waiting on something (a lock, a")
                .append(" timer, its own single thread blocking), and its throughput is its own, however low.")
                .append(" Latency is *not measured* for pipelined scenarios: wrk times a pipelined batch, not each")
                .append(" request.\n");
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
        out.append("| peer | req/s (min–max) | × ").append(baseline).append(" | CPU µs/req (min–max) | × ").append(baseline)
                .append(" | p50 | p99 | errors | rounds limited |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        boolean wide = false;
        boolean bounded = false;
        for (CellSummary summary : summaries) {
            if (!matches(summary, scenario)) {
                continue;
            }
            String throughputRatio = BaselineRatio.throughput(summary, base);
            String cpuRatio = BaselineRatio.cpu(summary, base);
            wide |= summary.requestsPerSecond().wide() || summary.cpuMicrosPerRequest().wide();
            bounded |= base != null && !summary.peer().equals(baseline) && (summary.clientBound() || base.clientBound());
            out.append("| ").append(summary.peer())
                    .append(" | ").append(summary.requestsPerSecond().describe("%,.0f"))
                    .append(" | ").append(throughputRatio)
                    .append(" | ").append(summary.cpuMicrosPerRequest().describe("%.1f"))
                    .append(" | ").append(cpuRatio)
                    .append(" | ").append(measuredLatency(summary.p50Micros()))
                    .append(" | ").append(measuredLatency(summary.p99Micros()))
                    .append(" | ").append(summary.errors())
                    .append(" | ").append(summary.limitedRounds())
                    .append(" |\n");
        }
        if (wide || bounded) {
            out.append('\n');
        }
        if (wide) {
            out.append(RoundSpread.WIDE_MARK).append(" The rounds' spread is over ").append(Math.round(RoundSpread.WIDE * 100))
                    .append("% of the median: the rounds disagree, so read the median with care.\n");
        }
        if (bounded) {
            out.append(BaselineRatio.THROUGHPUT_NOTE).append('\n').append(BaselineRatio.CPU_NOTE).append('\n');
        }
    }

    private static boolean matches(CellSummary summary, Scenario scenario) {
        return summary.endpoint().equals(scenario.endpoint().label()) && summary.shape().equals(scenario.shape().label());
    }

    /** Formats a latency in the largest unit that keeps it at or above 1: {@code 850 µs}, {@code 1.25 ms}. */
    static String latency(double micros) {
        if (Double.isNaN(micros)) {
            return "–";
        }
        return micros < 1_000 ? number("%.0f µs", micros) : number("%.2f ms", micros / 1_000);
    }

    /**
     * Formats a latency that may not have been measured.
     *
     * @param micros the latency, or {@code null} when wrk did not measure it (pipelined scenarios)
     * @return the latency as {@link #latency(double)} writes it, or {@code not measured}
     */
    static String measuredLatency(Double micros) {
        return micros == null ? "not measured" : latency(micros);
    }

    private static String number(String format, double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, format, value);
    }
}
