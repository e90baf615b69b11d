package dev.peregrine.metrics.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Counts the server's refusals by status, which names their cause: 400 malformed, 408 too slow,
 * 413 body too large, 414 request line too long, 417 unmet expectation, 431 headers too large,
 * 503 too many in flight or stopping, 505 HTTP version.
 */
public final class RefusalCounters {

    /** The metric's name; Prometheus shows it as {@code peregrine_server_refusals_total}. */
    static final String NAME = "peregrine.server.refusals";

    private final MeterRegistry registry;
    private final AtomicReferenceArray<Counter> byStatus = new AtomicReferenceArray<>(1000);

    /** Counters registered in {@code registry} as refusals happen. */
    public RefusalCounters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Counts one refusal answered with {@code status} (three digits). */
    public void count(int status) {
        Counter counter = byStatus.get(status);
        if (counter == null) {
            // NOTE: two threads may race here; the registry hands both the same counter.
            counter = Counter.builder(NAME)
                    .description("Requests the server refused without the app, by status")
                    .tag("status", Integer.toString(status))
                    .register(registry);
            byStatus.set(status, counter);
        }
        counter.increment();
    }
}
