package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.BenchOptions;
import dev.peregrine.bench.queues.BenchResult;
import dev.peregrine.bench.queues.LatencySummary;
import dev.peregrine.bench.queues.Operation;
import dev.peregrine.bench.queues.Role;
import dev.peregrine.bench.queues.RoleResult;
import java.util.Locale;

/**
 * The default output: zaqar-bench's {@code key: value} lines per role, with this tool's additions
 * (messages per second, percentiles, errors by kind).
 *
 * {@snippet lang=text :
 * Producer
 *   actors: 10
 *   duration_sec: 5.002
 *   total_reqs: 10512
 *   successful_reqs: 10512
 *   reqs_per_sec: 2101.6
 *   messages_per_sec: 2101.6
 *   ms_per_req: 4.74
 *   latency_ms: p50 4.2, p90 7.1, p99 13.0, p99.9 21.3, max 30.1 (mean 4.74, stdev 2.3)
 *   errors: none
 * }
 */
public final class TextReport {
    private TextReport() {
    }

    /**
     * Renders a result.
     *
     * @param result what was measured
     * @return the lines, each ending in a newline
     */
    public static String render(BenchResult result) {
        BenchOptions options = result.options();
        StringBuilder out = new StringBuilder();
        out.append("Params\n");
        line(out, "server_url", options.serverUrl());
        line(out, "queues", options.queueCount() + " (" + options.queueName(0) + " .. "
                + options.queueName(options.queueCount() - 1) + ")");
        line(out, "time_sec", Numbers.seconds(options.time()) + " counted after " + Numbers.seconds(options.warmup())
                + " of warm-up");
        for (RoleResult role : result.roles()) {
            out.append('\n').append(capitalised(role.role())).append('\n');
            line(out, "actors", role.actors());
            line(out, "duration_sec", Numbers.three(role.seconds()));
            line(out, "total_reqs", role.requests());
            if (role.role() == Role.CONSUMER) {
                line(out, "claim_total_requests", role.operation(Operation.CLAIM).requests());
            }
            line(out, "successful_reqs", role.successful());
            if (role.role() == Role.CONSUMER) {
                line(out, "messages_processed", role.messages());
            } else {
                line(out, role.role() == Role.PRODUCER ? "messages_posted" : "messages_listed", role.messages());
            }
            line(out, "reqs_per_sec", Numbers.one(role.requestsPerSecond()));
            line(out, "messages_per_sec", Numbers.one(role.messagesPerSecond()));
            if (role.role() == Role.CONSUMER) {
                line(out, "ms_per_claim", Numbers.two(role.operation(Operation.CLAIM).latency().mean()));
                line(out, "ms_per_delete", Numbers.two(role.operation(Operation.DELETE).latency().mean()));
                line(out, "claim_latency_ms", latency(role.operation(Operation.CLAIM).latency()));
                line(out, "delete_latency_ms", latency(role.operation(Operation.DELETE).latency()));
            } else {
                line(out, "ms_per_req", Numbers.two(role.latency().mean()));
            }
            line(out, "latency_ms", latency(role.latency()));
            line(out, "errors", ErrorText.of(role));
        }
        return out.toString();
    }

    private static String latency(LatencySummary latency) {
        return String.format(Locale.ROOT, "p50 %s, p90 %s, p99 %s, p99.9 %s, max %s (mean %s, stdev %s)",
                Numbers.two(latency.p50()), Numbers.two(latency.p90()), Numbers.two(latency.p99()),
                Numbers.two(latency.p999()), Numbers.two(latency.max()), Numbers.two(latency.mean()),
                Numbers.two(latency.stdev()));
    }

    private static String capitalised(Role role) {
        return Character.toUpperCase(role.label().charAt(0)) + role.label().substring(1);
    }

    private static void line(StringBuilder out, String key, Object value) {
        out.append("  ").append(key).append(": ").append(value).append('\n');
    }
}
