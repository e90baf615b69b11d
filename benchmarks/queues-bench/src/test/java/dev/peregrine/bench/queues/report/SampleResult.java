package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.BenchOptions;
import dev.peregrine.bench.queues.BenchResult;
import dev.peregrine.bench.queues.LatencySummary;
import dev.peregrine.bench.queues.Operation;
import dev.peregrine.bench.queues.OperationResult;
import dev.peregrine.bench.queues.Role;
import dev.peregrine.bench.queues.RoleResult;
import dev.peregrine.bench.queues.TimelineSample;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A known result, with round figures, for the report writers' tests. */
final class SampleResult {
    static final LatencySummary PRODUCER_LATENCY = new LatencySummary(1000, 4.5, 1.25, 4, 7, 12, 20, 25);
    static final LatencySummary CLAIM_LATENCY = new LatencySummary(100, 6, 2, 5.5, 9, 14, 16, 16.5);
    static final LatencySummary DELETE_LATENCY = new LatencySummary(400, 3, 1, 2.5, 4.5, 8, 10, 11);
    static final LatencySummary CONSUMER_LATENCY = new LatencySummary(500, 3.6, 1.5, 3, 6, 12, 15, 16.5);
    static final LatencySummary OBSERVER_LATENCY = new LatencySummary(2000, 1.5, 0.5, 1.25, 2, 4, 6, 8);

    private SampleResult() {
    }

    static BenchResult sample() {
        BenchOptions options = BenchOptions.parse("-s", "http://127.0.0.1:8888", "-pw", "4", "-cw", "2", "-ow", "2",
                "-t", "2", "-qno", "2", "-cno", "4");
        RoleResult producer = new RoleResult(Role.PRODUCER, 4, 2.0, 1012, 1000, 1000, Map.of(503, 12L), 1, 2,
                PRODUCER_LATENCY, List.of(new OperationResult(Operation.POST, 1000, PRODUCER_LATENCY)));
        RoleResult consumer = new RoleResult(Role.CONSUMER, 2, 2.0, 500, 500, 400, Map.of(), 0, 0, CONSUMER_LATENCY,
                List.of(new OperationResult(Operation.CLAIM, 100, CLAIM_LATENCY),
                        new OperationResult(Operation.DELETE, 400, DELETE_LATENCY)));
        RoleResult observer = new RoleResult(Role.OBSERVER, 2, 2.0, 2000, 2000, 5000, Map.of(), 0, 0,
                OBSERVER_LATENCY, List.of(new OperationResult(Operation.LIST, 2000, OBSERVER_LATENCY)));
        List<TimelineSample> timeline = List.of(
                new TimelineSample(1, Map.of(Role.PRODUCER, 450.0, Role.CONSUMER, 240.0, Role.OBSERVER, 980.0), 0),
                new TimelineSample(2, Map.of(Role.PRODUCER, 550.0, Role.CONSUMER, 260.0, Role.OBSERVER, 1020.0), 15));
        return new BenchResult(options, Instant.parse("2026-12-06T06:00:00Z"), List.of(producer, consumer, observer), timeline);
    }
}
