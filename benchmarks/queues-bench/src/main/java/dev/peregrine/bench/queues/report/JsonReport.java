package dev.peregrine.bench.queues.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peregrine.bench.queues.BenchOptions;
import dev.peregrine.bench.queues.BenchResult;
import dev.peregrine.bench.queues.LatencySummary;
import dev.peregrine.bench.queues.Operation;
import dev.peregrine.bench.queues.OperationResult;
import dev.peregrine.bench.queues.Role;
import dev.peregrine.bench.queues.RoleResult;
import dev.peregrine.bench.queues.TimelineSample;
import java.util.Map;

/**
 * The {@code --json} output and {@code results.json}: zaqar-bench's {@code --nodebug} document
 * ({@code params}, then one object per role with its {@code duration_sec}, {@code total_reqs},
 * {@code successful_reqs}, {@code reqs_per_sec}, {@code ms_per_req} or {@code ms_per_claim} and
 * {@code ms_per_delete}), extended with messages per second, latency percentiles, errors by kind and
 * the per-second timeline. Latencies are in milliseconds.
 */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /**
     * Renders a result.
     *
     * @param result what was measured
     * @return one indented JSON document, ending in a newline
     */
    public static String render(BenchResult result) {
        try {
            return MAPPER.writeValueAsString(tree(result)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes cannot fail to serialise", e);
        }
    }

    /** The document as a tree. */
    static ObjectNode tree(BenchResult result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "queues-bench");
        root.put("started_at", result.startedAt().toString());
        params(root.putObject("params"), result.options());
        for (RoleResult role : result.roles()) {
            role(root.putObject(role.role().label()), role);
        }
        var timeline = root.putArray("timeline");
        for (TimelineSample sample : result.timeline()) {
            ObjectNode second = timeline.addObject().put("second", sample.second());
            for (Map.Entry<Role, Double> rate : sample.requestsPerSecond().entrySet()) {
                second.put(rate.getKey().label() + "_reqs_per_sec", rate.getValue());
            }
            second.put("errors", sample.errors());
        }
        return root;
    }

    private static void params(ObjectNode params, BenchOptions options) {
        params.put("server_url", options.serverUrl().toString());
        params.put("queue_prefix", options.queuePrefix());
        params.put("num_queues", options.queueCount());
        params.put("messages_per_claim", options.messagesPerClaim());
        params.put("messages_per_list", options.messagesPerList());
        params.put("messages_path", options.messagesFile().map(Object::toString).orElse(null));
        params.put("time_sec", options.time().toNanos() / 1e9);
        params.put("warmup_sec", options.warmup().toNanos() / 1e9);
        params.put("project", options.project());
        params.put("observer_include_claimed", options.observerIncludeClaimed());
        params.put("skip_queue_reset", options.skipQueueReset());
        params.put("io_threads", options.ioThreads());
        params.putObject("producer").put("processes", options.producerProcesses()).put("workers", options.producerWorkers());
        params.putObject("consumer").put("processes", options.consumerProcesses()).put("workers", options.consumerWorkers());
        params.putObject("observer").put("processes", options.observerProcesses()).put("workers", options.observerWorkers());
    }

    private static void role(ObjectNode out, RoleResult role) {
        out.put("actors", role.actors());
        out.put("duration_sec", role.seconds());
        out.put("total_reqs", role.requests());
        out.put("successful_reqs", role.successful());
        out.put("reqs_per_sec", role.requestsPerSecond());
        out.put("messages", role.messages());
        out.put("messages_per_sec", role.messagesPerSecond());
        if (role.role() == Role.CONSUMER) {
            OperationResult claims = role.operation(Operation.CLAIM);
            OperationResult deletes = role.operation(Operation.DELETE);
            out.put("claim_total_requests", claims.requests());
            out.put("messages_processed", role.messages());
            out.put("ms_per_claim", claims.latency().mean());
            out.put("ms_per_delete", deletes.latency().mean());
            latency(out.putObject("claim_latency_ms"), claims.latency());
            latency(out.putObject("delete_latency_ms"), deletes.latency());
        } else {
            out.put("ms_per_req", role.latency().mean());
        }
        latency(out.putObject("latency_ms"), role.latency());
        ObjectNode errors = out.putObject("errors");
        errors.put("total", role.errors());
        ObjectNode byStatus = errors.putObject("by_status");
        role.errorsByStatus().forEach((status, count) -> byStatus.put(Integer.toString(status), count));
        errors.put("connection", role.connectionErrors());
        errors.put("timeouts", role.timeouts());
    }

    private static void latency(ObjectNode out, LatencySummary latency) {
        out.put("count", latency.count());
        out.put("mean", latency.mean());
        out.put("stdev", latency.stdev());
        out.put("p50", latency.p50());
        out.put("p90", latency.p90());
        out.put("p99", latency.p99());
        out.put("p99.9", latency.p999());
        out.put("max", latency.max());
    }
}
