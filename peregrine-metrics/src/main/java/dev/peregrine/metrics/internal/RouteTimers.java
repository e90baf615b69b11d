package dev.peregrine.metrics.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The request timers of one route label: one per method and status class, registered the first
 * time a request of that kind is answered.
 */
final class RouteTimers {

    /** The metric's name; Prometheus shows it as {@code http_server_requests_seconds}. */
    static final String NAME = "http.server.requests";

    /**
     * Histogram bucket bounds for an API: half a millisecond to ten seconds, about three per
     * decade, so p50 and p99 can be told apart at every scale without hundreds of series.
     */
    static final Duration[] BUCKETS = {
        Duration.ofNanos(500_000), Duration.ofMillis(1), Duration.ofNanos(2_500_000),
        Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
        Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
        Duration.ofMillis(2_500), Duration.ofSeconds(5), Duration.ofSeconds(10)
    };

    private final MeterRegistry registry;
    private final String uri;
    private final AtomicReferenceArray<Timer> timers =
            new AtomicReferenceArray<>(RequestLabels.METHODS.length * RequestLabels.STATUS_CLASSES.length);

    RouteTimers(MeterRegistry registry, String uri) {
        this.registry = registry;
        this.uri = uri;
    }

    /** The timer of requests with method label {@code method} answered with a status of class {@code statusClass}. */
    Timer timer(int method, int statusClass) {
        int slot = method * RequestLabels.STATUS_CLASSES.length + statusClass;
        Timer timer = timers.get(slot);
        if (timer == null) {
            // NOTE: two threads may race here; the registry hands both the same timer.
            timer = Timer.builder(NAME)
                    .description("Requests answered, by route template, method and status class: how long from the"
                            + " request's head read to the response's last byte handed to the connection")
                    .tag("uri", uri)
                    .tag("method", RequestLabels.METHODS[method])
                    .tag("status", RequestLabels.STATUS_CLASSES[statusClass])
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry);
            timers.set(slot, timer);
        }
        return timer;
    }
}
