package dev.peregrine.metrics;

import dev.peregrine.Responder;
import dev.peregrine.metrics.internal.ManagementApp;
import dev.peregrine.metrics.internal.PrometheusScrape;
import dev.peregrine.metrics.internal.RefusalCounters;
import dev.peregrine.metrics.internal.RequestTimers;
import dev.peregrine.netty.CompletedExchange;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.netty.ServerBuilder;
import dev.peregrine.netty.ServerObserver;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Prometheus metrics for a {@link PeregrineServer}, on Micrometer: requests and their latency by
 * route template, method and status class; refusals by status; requests in flight, open
 * connections, the dispatch queue and traffic; readiness; and the JVM's memory, GC, threads, CPU,
 * file descriptors and uptime.
 *
 * <p>It hears the server as a {@link ServerObserver}, so it is added to the builder, and reads the
 * server's gauges once {@linkplain #bind bound} to the built server. Scrapes are served where
 * you say: on a path of the app, or on a management server of their own.
 *
 * {@snippet :
 * PeregrineMetrics metrics = PeregrineMetrics.create();
 * app.get("/metrics", metrics.scrapeResponder());          // or a management port, below
 * PeregrineServer server = PeregrineServer.builder(app).observer(metrics).build();
 * metrics.bind(server);
 * server.start();
 * PeregrineServer management = metrics.managementServer(server).host("0.0.0.0").port(9464).build().start();
 * }
 *
 * <p>Per answered request it does a map lookup by the route's template (no allocation), one
 * timer update and, for refusals, one counter increment; per socket read or write one
 * {@link LongAdder} addition. Label values are bounded whatever clients send: the route
 * template, never the raw path ({@code UNMATCHED} when no route answered, {@code REFUSED} for
 * the server's refusals), ten method labels ({@code OTHER} for the rest) and the status class.
 */
public final class PeregrineMetrics implements ServerObserver, AutoCloseable {

    private final PrometheusMeterRegistry registry;
    private final boolean ownsRegistry;
    private final RequestTimers requests;
    private final RefusalCounters refusals;
    private final LongAdder received = new LongAdder();
    private final LongAdder sent = new LongAdder();
    private final LongAdder accepted = new LongAdder();
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private PeregrineServer bound;

    private PeregrineMetrics(PrometheusMeterRegistry registry, boolean ownsRegistry) {
        this.registry = registry;
        this.ownsRegistry = ownsRegistry;
        this.requests = new RequestTimers(registry);
        this.refusals = new RefusalCounters(registry);
        FunctionCounter.builder("peregrine.server.received", received, LongAdder::sum).baseUnit(BaseUnits.BYTES)
                .description("Bytes read from connections, framing and headers included").register(registry);
        FunctionCounter.builder("peregrine.server.sent", sent, LongAdder::sum).baseUnit(BaseUnits.BYTES)
                .description("Bytes written to connections, framing and headers included").register(registry);
        FunctionCounter.builder("peregrine.server.connections.accepted", accepted, LongAdder::sum)
                .description("Connections accepted and kept").register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** Metrics in a registry of their own, which {@link #close()} closes. */
    public static PeregrineMetrics create() {
        return new PeregrineMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), true);
    }

    /**
     * Metrics in {@code registry}, shared with the application's own meters (or configured with
     * common tags, say); {@link #close()} leaves it open.
     */
    public static PeregrineMetrics create(PrometheusMeterRegistry registry) {
        return new PeregrineMetrics(Objects.requireNonNull(registry, "registry"), false);
    }

    /** The registry, for the application's own meters. */
    public PrometheusMeterRegistry registry() {
        return registry;
    }

    // ---- Wiring --------------------------------------------------------------------------------

    /**
     * Registers the gauges read from {@code server}: requests in flight, open connections, the
     * dispatch queue depth and readiness. Call it once, with the server built with
     * {@code .observer(this)}; before or after it starts.
     *
     * @throws IllegalStateException when already bound, naming the fix
     */
    public synchronized PeregrineMetrics bind(PeregrineServer server) {
        Objects.requireNonNull(server, "server");
        if (bound != null) {
            throw new IllegalStateException("These metrics are bound to a server already; create one PeregrineMetrics"
                    + " per server, each in a registry of its own or with a common tag telling them apart");
        }
        bound = server;
        Gauge.builder("peregrine.server.requests.in.flight", server, PeregrineServer::requestsInFlight).strongReference(true)
                .description("Requests admitted and not yet answered (not counting responders waiting for body bytes)")
                .register(registry);
        Gauge.builder("peregrine.server.connections.open", server, PeregrineServer::openConnections).strongReference(true)
                .description("Connections open").register(registry);
        Gauge.builder("peregrine.server.dispatch.queue.depth", server, PeregrineServer::dispatchQueueDepth)
                .strongReference(true)
                .description("Requests handed to worker threads that have not started yet").register(registry);
        Gauge.builder("peregrine.server.ready", server, s -> s.ready() ? 1 : 0).strongReference(true)
                .description("1 while the server takes traffic, 0 before it starts and once its stop began")
                .register(registry);
        return this;
    }

    /**
     * Registers a counter of access-log lines dropped because the log could not keep up, read from
     * {@code droppedLines} at each scrape; Prometheus shows it as
     * {@code peregrine_access_log_dropped_lines_total}.
     */
    public PeregrineMetrics bindDroppedLogLines(LongSupplier droppedLines) {
        Objects.requireNonNull(droppedLines, "droppedLines");
        FunctionCounter.builder("peregrine.access.log.dropped", droppedLines, LongSupplier::getAsLong).baseUnit("lines")
                .description("Access-log lines dropped because the log could not keep up").register(registry);
        return this;
    }

    // ---- Serving scrapes -----------------------------------------------------------------------

    /**
     * A responder answering a scrape, to route on the app yourself:
     * {@code app.get("/metrics", metrics.scrapeResponder())}. It answers in Prometheus's text
     * format ({@code text/plain; version=0.0.4}), or OpenMetrics when {@code Accept} prefers it.
     * Like any route, it is public on the app's port: guard it with the app's middleware, or use a
     * {@linkplain #managementServer management server} instead.
     */
    public Responder scrapeResponder() {
        return new PrometheusScrape(registry);
    }

    /**
     * A builder for a management server: a second, small server with {@code GET /metrics}, and
     * {@code /health/live} and {@code /health/ready} answering for {@code served} (200
     * {@code {"status":"UP"}}, readiness 503 {@code {"status":"DRAINING"}} once its stop began), so
     * a busy or locked-down public port hides neither. Its defaults: {@code 127.0.0.1:9464}, one
     * I/O thread, 64 requests in flight; it is not observed by these metrics. Start and stop it
     * beside the served server.
     */
    public ServerBuilder managementServer(PeregrineServer served) {
        Objects.requireNonNull(served, "served");
        return PeregrineServer.builder(ManagementApp.create(scrapeResponder(), served))
                .port(9464)
                .ioThreads(1)
                .maxConcurrentRequests(64);
    }

    // ---- What the server tells -----------------------------------------------------------------

    @Override
    public void requestCompleted(CompletedExchange exchange) {
        requests.record(exchange);
        if (exchange.refusal()) {
            refusals.count(exchange.status());
        }
    }

    @Override
    public void connectionOpened() {
        accepted.increment();
    }

    @Override
    public void bytesRead(long bytes) {
        // PERF: called per socket read on the event loops: a striped adder, summed at scrape time.
        received.add(bytes);
    }

    @Override
    public void bytesWritten(long bytes) {
        sent.add(bytes);
    }

    /** Stops the GC metrics' listeners and, for {@link #create()}, closes the registry. */
    @Override
    public void close() {
        gc.close();
        if (ownsRegistry) {
            registry.close();
        }
    }
}
