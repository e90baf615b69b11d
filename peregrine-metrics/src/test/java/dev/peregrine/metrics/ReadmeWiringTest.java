package dev.peregrine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.netty.PeregrineServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The wiring the READMEs show, run as written: both scrapes and the probes answer. */
class ReadmeWiringTest {

    @Test
    void theReadmeWiringServesMetricsOnTheAppAndOnTheManagementPort() throws Exception {
        App app = new App();
        app.get("/things/{id}", (req, resp) -> resp.text("thing"));
        int port = 0;
        String managementHost = "127.0.0.1";
        int managementPort = 0;

        // tag::wiring[]
        PeregrineMetrics metrics = PeregrineMetrics.create();
        app.get("/metrics", metrics.scrapeResponder());          // (a) a route of the app, or...
        PeregrineServer server = PeregrineServer.builder(app)
                .port(port)
                .observer(metrics)                                // requests, refusals, traffic
                .healthChecks("/health/live", "/health/ready")    // answered by the server itself
                .stopDelay(Duration.ofSeconds(5))                 // on stop: not ready, serve 5 s more, then drain
                .build();
        metrics.bind(server);                                     // gauges: in flight, connections, queue, ready
        server.start();
        PeregrineServer management = metrics.managementServer(server)   // (b) ...a port of its own
                .host(managementHost)
                .port(managementPort)
                .build()
                .start();
        // end::wiring[]

        try (SocketClient client = new SocketClient(server.port()); SocketClient admin = new SocketClient(management.port())) {
            assertEquals(200, client.get("/things/1").status());
            assertEquals(200, client.get("/health/ready").status());
            assertEquals(1, new Scrape(client.get("/metrics").body()).value("http_server_requests_seconds_count",
                    "uri=/things/{id}"));
            assertTrue(admin.get("/metrics").body().contains("uri=\"/metrics\""), "the app's scrape route is counted");
            assertEquals(200, admin.get("/health/ready").status());
        } finally {
            // NOTE: interrupted, the stop skips its five-second delay.
            Thread.currentThread().interrupt();
            server.stop();
            Thread.interrupted();
            management.stop();
            metrics.close();
        }
    }
}
