package dev.peregrine.bench.queues;

import java.util.List;
import java.util.Map;

/**
 * What one role's actors did while requests were counted.
 *
 * @param role             the role
 * @param actors           how many actors had it
 * @param seconds          the counted time, from the end of the warm-up to the last answer
 * @param requests         requests answered, whatever the status
 * @param successful       requests answered with a 2xx
 * @param messages         messages posted (producers), deleted after a claim (consumers) or listed (observers)
 * @param errorsByStatus   answers that were not 2xx, by status, in ascending order of status
 * @param connectionErrors failed connects and connections lost with a request in flight
 * @param timeouts         requests unanswered within {@code --timeout}
 * @param latency          the latency of the successful requests
 * @param operations       the same per operation, in {@link Role#operations()} order
 */
public record RoleResult(Role role, int actors, double seconds, long requests, long successful, long messages,
                         Map<Integer, Long> errorsByStatus, long connectionErrors, long timeouts,
                         LatencySummary latency, List<OperationResult> operations) {

    /** Successful requests per second, zaqar-bench's {@code reqs_per_sec}. */
    public double requestsPerSecond() {
        return seconds > 0 ? successful / seconds : 0;
    }

    /** Messages per second. */
    public double messagesPerSecond() {
        return seconds > 0 ? messages / seconds : 0;
    }

    /** All errors: non-2xx answers, connection errors and timeouts. */
    public long errors() {
        long errors = connectionErrors + timeouts;
        for (long count : errorsByStatus.values()) {
            errors += count;
        }
        return errors;
    }

    /** One operation's result, e.g. the consumer's claims. */
    public OperationResult operation(Operation operation) {
        for (OperationResult result : operations) {
            if (result.operation() == operation) {
                return result;
            }
        }
        throw new IllegalArgumentException(role.label() + " makes no " + operation.label() + " requests");
    }
}
