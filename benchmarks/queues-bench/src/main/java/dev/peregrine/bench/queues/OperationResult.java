package dev.peregrine.bench.queues;

/**
 * One operation's successful requests and their latency, e.g. a consumer's claims.
 *
 * @param operation the operation
 * @param requests  its requests answered with a 2xx
 * @param latency   their latency
 */
public record OperationResult(Operation operation, long requests, LatencySummary latency) {
}
