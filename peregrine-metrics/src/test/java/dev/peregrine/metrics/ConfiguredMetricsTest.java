package dev.peregrine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.netty.ServerBuilder;
import dev.peregrine.netty.config.Configuration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Metrics switched on by settings: on a path of the app, or on a management port, with the access log's drops. */
class ConfiguredMetricsTest {

    private static App app() {
        App app = new App();
        app.get("/things/{id}", (req, resp) -> resp.text("thing"));
        return app;
    }

    @Test
    void aConfiguredPathServesTheScrapeOnTheAppAndCountsDroppedLogLines() throws Exception {
        App app = app();
        Configuration configuration = Configuration.of(Map.of("PEREGRINE_METRICS_PATH", "/metrics",
                "PEREGRINE_ACCESS_LOG", "stdout", "PEREGRINE_PORT", "0"));
        ServerBuilder builder = PeregrineServer.builder(app).configuration(configuration);
        ConfiguredMetrics metrics = ConfiguredMetrics.install(configuration, app, builder).orElseThrow();
        PeregrineServer server = builder.build();
        metrics.start(server);
        server.start();
        try (SocketClient client = new SocketClient(server.port())) {
            assertEquals(200, client.get("/things/1").status());
            Scrape scrape = new Scrape(client.get("/metrics").body());
            assertEquals(1, scrape.value("http_server_requests_seconds_count", "uri=/things/{id}"));
            assertEquals(0, scrape.value("peregrine_access_log_dropped_lines_total"));
            assertTrue(metrics.managementPort().isEmpty());
        } finally {
            server.stop();
            metrics.close();
        }
    }

    @Test
    void aConfiguredPortServesTheScrapeOnAManagementServer() throws Exception {
        App app = app();
        Configuration configuration = Configuration.of(Map.of("PEREGRINE_METRICS_PORT", "0", "PEREGRINE_PORT", "0"));
        ServerBuilder builder = PeregrineServer.builder(app).configuration(configuration);
        ConfiguredMetrics metrics = ConfiguredMetrics.install(configuration, app, builder).orElseThrow();
        PeregrineServer server = builder.build();
        metrics.start(server);
        server.start();
        try (SocketClient client = new SocketClient(server.port());
                SocketClient admin = new SocketClient(metrics.managementPort().orElseThrow())) {
            assertEquals(200, client.get("/things/1").status());
            assertEquals(404, client.get("/metrics").status());
            assertEquals(1, new Scrape(admin.get("/metrics").body()).value("http_server_requests_seconds_count",
                    "uri=/things/{id}"));
        } finally {
            server.stop();
            metrics.close();
        }
    }

    @Test
    void withoutSettingsMetricsStayOffAndAStrayHostFails() {
        App app = app();
        Configuration none = Configuration.of(Map.of());
        assertEquals(Optional.empty(), ConfiguredMetrics.install(none, app, PeregrineServer.builder(app)));
        Configuration hostOnly = Configuration.of(Map.of("PEREGRINE_METRICS_HOST", "0.0.0.0"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConfiguredMetrics.install(hostOnly, app, PeregrineServer.builder(app)));
        assertEquals("Setting metricsHost = \"0.0.0.0\" (environment variable PEREGRINE_METRICS_HOST) is given without"
                + " metricsPort; set PEREGRINE_METRICS_PORT too, or remove it", e.getMessage());
    }
}
