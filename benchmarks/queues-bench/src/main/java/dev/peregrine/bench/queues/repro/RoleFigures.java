package dev.peregrine.bench.queues.repro;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One role's figures from one queues-bench run, as its {@code results.json} ({@code --json}) gives
 * them: successful requests per second, the latency of successful requests in milliseconds, and
 * the errors by kind.
 *
 * @param requestsPerSecond successful requests per counted second
 * @param requests          requests answered, whatever the status
 * @param mean              mean latency, ms
 * @param stdev             standard deviation of the latency, ms
 * @param p50               median latency, ms
 * @param p99               99th percentile, ms
 * @param max               largest latency, ms
 * @param errors            the run's errors
 */
public record RoleFigures(double requestsPerSecond, long requests, double mean, double stdev, double p50, double p99,
                          double max, ErrorTally errors) {

    /**
     * Reads a role's object of queues-bench's JSON document.
     *
     * @param role the object, e.g. the document's {@code producer}
     * @return its figures
     */
    static RoleFigures from(JsonNode role) {
        JsonNode latency = role.path("latency_ms");
        return new RoleFigures(role.path("reqs_per_sec").asDouble(), role.path("total_reqs").asLong(),
                latency.path("mean").asDouble(), latency.path("stdev").asDouble(), latency.path("p50").asDouble(),
                latency.path("p99").asDouble(), latency.path("max").asDouble(), ErrorTally.from(role.path("errors")));
    }
}
