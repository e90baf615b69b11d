package dev.peregrine.bench.queues;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Collects one role's counted requests from every event loop thread: a latency
 * {@link Recorder} per operation, and counters.
 */
final class RoleStats {
    /** Latencies are recorded in microseconds with three significant digits. */
    private static final int SIGNIFICANT_DIGITS = 3;

    private final Role role;
    private final Map<Operation, Recorder> latencyMicros = new EnumMap<>(Operation.class);
    private final Map<Operation, LongAdder> successfulByOperation = new EnumMap<>(Operation.class);
    private final Map<Integer, LongAdder> errorsByStatus = new ConcurrentHashMap<>();
    private final LongAdder answered = new LongAdder();
    private final LongAdder successful = new LongAdder();
    private final LongAdder warmUpSuccessful = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder messages = new LongAdder();
    private final LongAdder connectionErrors = new LongAdder();
    private final LongAdder timeouts = new LongAdder();

    RoleStats(Role role) {
        this.role = role;
        for (Operation operation : role.operations()) {
            // PERF: a Recorder takes values from many threads without locks; it is read once, at the end.
            latencyMicros.put(operation, new Recorder(SIGNIFICANT_DIGITS));
            successfulByOperation.put(operation, new LongAdder());
        }
    }

    /** Counts an answered request; only a 2xx answer's latency is recorded, as zaqar-bench's means are. */
    void answered(Operation operation, int status, long latencyNanos, int messagesMoved) {
        answered.increment();
        if (status >= 200 && status <= 299) {
            successful.increment();
            successfulByOperation.get(operation).increment();
            latencyMicros.get(operation).recordValue(Math.max(0, latencyNanos / 1_000));
            messages.add(messagesMoved);
        } else {
            failures.increment();
            errorsByStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        }
    }

    /** Counts an answer to a request sent during the warm-up: the progress line shows it, the results do not. */
    void answeredDuringWarmUp(int status) {
        if (status >= 200 && status <= 299) {
            warmUpSuccessful.increment();
        }
    }

    /** Counts a request left unanswered past the timeout. */
    void timedOut() {
        timeouts.increment();
        failures.increment();
    }

    /** Counts a failed connect or a connection lost with a request in flight. */
    void connectionFailed() {
        connectionErrors.increment();
        failures.increment();
    }

    /** Successful requests so far, warm-up included, for the progress line. */
    long successfulSoFar() {
        return successful.sum() + warmUpSuccessful.sum();
    }

    /** Errors of every kind so far, for the progress line. */
    long failures() {
        return failures.sum();
    }

    /**
     * Summarises the counted requests; call once, after every actor stopped.
     *
     * @param actors  how many actors had this role
     * @param counted the time requests were counted
     * @return the role's result
     */
    RoleResult result(int actors, Duration counted) {
        Histogram all = new Histogram(SIGNIFICANT_DIGITS);
        List<OperationResult> operations = new ArrayList<>();
        for (Operation operation : role.operations()) {
            Histogram histogram = latencyMicros.get(operation).getIntervalHistogram();
            all.add(histogram);
            operations.add(new OperationResult(operation, successfulByOperation.get(operation).sum(),
                    LatencySummary.of(histogram)));
        }
        Map<Integer, Long> errors = new TreeMap<>();
        errorsByStatus.forEach((status, count) -> errors.put(status, count.sum()));
        return new RoleResult(role, actors, counted.toNanos() / 1e9, answered.sum(), successful.sum(), messages.sum(),
                errors, connectionErrors.sum(), timeouts.sum(), LatencySummary.of(all), operations);
    }
}
