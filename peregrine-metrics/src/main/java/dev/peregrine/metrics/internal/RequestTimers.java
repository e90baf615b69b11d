package dev.peregrine.metrics.internal;

import dev.peregrine.netty.CompletedExchange;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times answered requests by route template, method and status class. The route label is the
 * template ({@code /things/{id}}), never the raw path, so the series stay as many as the app's
 * routes whatever paths clients send: requests no route answered share {@code UNMATCHED}, and the
 * server's refusals {@code REFUSED}.
 */
public final class RequestTimers {

    /** The route label of requests no route template answered: no match, a sink, a static route. */
    public static final String UNMATCHED = "UNMATCHED";
    /** The route label of requests the server refused without the app (limits, malformed, busy, stopping). */
    public static final String REFUSED = "REFUSED";

    private final MeterRegistry registry;
    private final ConcurrentHashMap<String, RouteTimers> byRoute = new ConcurrentHashMap<>();
    private final RouteTimers unmatched;
    private final RouteTimers refused;

    /** Timers registered in {@code registry} as requests arrive. */
    public RequestTimers(MeterRegistry registry) {
        this.registry = registry;
        this.unmatched = new RouteTimers(registry, UNMATCHED);
        this.refused = new RouteTimers(registry, REFUSED);
    }

    /** Records one answered request. */
    public void record(CompletedExchange exchange) {
        RouteTimers timers = timers(exchange);
        int method = RequestLabels.methodIndex(exchange.request().method());
        int statusClass = RequestLabels.statusClassIndex(exchange.status());
        timers.timer(method, statusClass).record(exchange.durationNanos(), TimeUnit.NANOSECONDS);
    }

    private RouteTimers timers(CompletedExchange exchange) {
        String route = exchange.route();
        if (route == null) {
            return exchange.refusal() ? refused : unmatched;
        }
        // PERF: a route's template is one String instance, its hash cached, so this lookup
        // allocates nothing; computeIfAbsent (which may lock) runs once per route.
        RouteTimers timers = byRoute.get(route);
        return timers != null ? timers : byRoute.computeIfAbsent(route, uri -> new RouteTimers(registry, uri));
    }
}
