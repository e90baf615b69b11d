package dev.peregrine.metrics;

import dev.peregrine.App;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.netty.ServerBuilder;
import dev.peregrine.netty.config.Configuration;
import dev.peregrine.netty.config.Setting;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Metrics switched on outside the code, by the same {@link Configuration} as the server's
 * settings: {@code metricsPath} ({@code PEREGRINE_METRICS_PATH=/metrics}) routes the scrape on the
 * app; {@code metricsPort} ({@code PEREGRINE_METRICS_PORT=9464}, with {@code metricsHost},
 * default {@code 127.0.0.1}) serves it, with health probes, on a management server of its own.
 *
 * {@snippet :
 * Configuration configuration = Configuration.fromEnvironment();
 * ServerBuilder builder = PeregrineServer.builder(app).configuration(configuration);
 * Optional<ConfiguredMetrics> metrics = ConfiguredMetrics.install(configuration, app, builder);
 * PeregrineServer server = builder.build();
 * metrics.ifPresent(m -> m.start(server));   // gauges, dropped log lines, the management server
 * server.start();
 * }
 */
public final class ConfiguredMetrics implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredMetrics.class);

    private final PeregrineMetrics metrics;
    private final String managementHost;
    private final int managementPort;
    private PeregrineServer management;

    private ConfiguredMetrics(PeregrineMetrics metrics, String managementHost, int managementPort) {
        this.metrics = metrics;
        this.managementHost = managementHost;
        this.managementPort = managementPort;
    }

    /**
     * Reads {@code metricsPath}, {@code metricsPort} and {@code metricsHost}; when either of the
     * first two is given, makes the metrics, routes the scrape on {@code app} if asked, and adds
     * them to {@code builder} as an observer. Call it before {@code builder.build()}, which fails
     * on settings nobody read.
     *
     * @return the metrics to {@link #start} once the server is built; empty when metrics are off
     * @throws IllegalArgumentException naming a malformed setting, or {@code metricsHost} alone
     */
    public static Optional<ConfiguredMetrics> install(Configuration configuration, App app, ServerBuilder builder) {
        Optional<Setting> path = configuration.take("metricsPath");
        Optional<Setting> port = configuration.take("metricsPort");
        Optional<Setting> host = configuration.take("metricsHost");
        if (path.isEmpty() && port.isEmpty()) {
            host.ifPresent(h -> {
                throw h.invalid("is given without metricsPort", "set " + Configuration.envName("metricsPort")
                        + " too, or remove it");
            });
            return Optional.empty();
        }
        PeregrineMetrics metrics = PeregrineMetrics.create();
        path.ifPresent(p -> {
            String route = p.asText();
            if (!route.startsWith("/")) {
                throw p.invalid("is not a path", "use a path such as /metrics");
            }
            app.get(route, metrics.scrapeResponder());
        });
        builder.observer(metrics);
        return Optional.of(new ConfiguredMetrics(metrics, host.map(Setting::asText).orElse("127.0.0.1"),
                port.map(p -> p.asInt(0, 65_535)).orElse(-1)));
    }

    /** The metrics, for the application's own meters ({@link PeregrineMetrics#registry()}). */
    public PeregrineMetrics metrics() {
        return metrics;
    }

    /**
     * Binds the metrics to {@code server} (its gauges, and its access log's dropped lines when it
     * has one) and starts the management server when {@code metricsPort} was given.
     */
    public synchronized void start(PeregrineServer server) {
        Objects.requireNonNull(server, "server");
        metrics.bind(server);
        server.accessLog().ifPresent(log -> metrics.bindDroppedLogLines(log::droppedLines));
        if (managementPort >= 0 && management == null) {
            management = metrics.managementServer(server).host(managementHost).port(managementPort).build().start();
            LOG.info("Metrics at {}metrics, health probes at {}health/live and {}health/ready", management.url(),
                    management.url(), management.url());
        }
    }

    /** The management server's port, once started; empty without {@code metricsPort}. */
    public synchronized Optional<Integer> managementPort() {
        return management == null ? Optional.empty() : Optional.of(management.port());
    }

    /** Stops the management server, if any, and closes the metrics. */
    @Override
    public synchronized void close() {
        if (management != null) {
            management.stop();
        }
        metrics.close();
    }
}
