package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.BenchOptions;
import dev.peregrine.bench.queues.BenchResult;
import dev.peregrine.bench.queues.LatencySummary;
import dev.peregrine.bench.queues.OperationResult;
import dev.peregrine.bench.queues.RoleResult;

/**
 * {@code summary.md}: the run's parameters, a throughput table and a latency table (one row per role,
 * plus the consumer's claims and deletes), figures as in the text output.
 */
public final class SummaryMarkdown {
    private SummaryMarkdown() {
    }

    /**
     * Renders a result.
     *
     * @param result what was measured
     * @return the Markdown document
     */
    public static String render(BenchResult result) {
        BenchOptions options = result.options();
        StringBuilder out = new StringBuilder();
        out.append("# Queues bench, ").append(result.startedAt()).append("\n\n");
        out.append("Against ").append(options.serverUrl()).append(", ").append(options.queueCount())
                .append(" queues (`").append(options.queueName(0)).append("` ..), ")
                .append(Numbers.seconds(options.time())).append(" s counted after ")
                .append(Numbers.seconds(options.warmup())).append(" s of warm-up; ")
                .append(options.producers()).append(" producers, ").append(options.consumers()).append(" consumers (claim limit ")
                .append(options.messagesPerClaim()).append("), ").append(options.observers()).append(" observers (page limit ")
                .append(options.messagesPerList()).append(options.observerIncludeClaimed() ? ", claimed included" : "")
                .append(").\n\n");
        out.append("## Throughput\n\n");
        out.append("| role | actors | requests | req/s | messages | messages/s | errors |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (RoleResult role : result.roles()) {
            out.append("| ").append(role.role().label()).append(" | ").append(role.actors()).append(" | ")
                    .append(role.successful()).append(" | ").append(Numbers.one(role.requestsPerSecond())).append(" | ")
                    .append(role.messages()).append(" | ").append(Numbers.one(role.messagesPerSecond())).append(" | ")
                    .append(ErrorText.of(role)).append(" |\n");
        }
        out.append("\n## Latency of successful requests (ms)\n\n");
        out.append("| requests | count | mean | stdev | p50 | p90 | p99 | p99.9 | max |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (RoleResult role : result.roles()) {
            latencyRow(out, role.role().label(), role.latency());
            if (role.operations().size() > 1) {
                for (OperationResult operation : role.operations()) {
                    latencyRow(out, role.role().label() + " " + operation.operation().label(), operation.latency());
                }
            }
        }
        return out.toString();
    }

    private static void latencyRow(StringBuilder out, String label, LatencySummary latency) {
        out.append("| ").append(label).append(" | ").append(latency.count());
        for (double value : new double[] {latency.mean(), latency.stdev(), latency.p50(), latency.p90(), latency.p99(),
                latency.p999(), latency.max()}) {
            out.append(" | ").append(Numbers.two(value));
        }
        out.append(" |\n");
    }
}
