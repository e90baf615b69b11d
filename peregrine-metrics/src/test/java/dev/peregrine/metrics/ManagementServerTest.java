package dev.peregrine.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.netty.PeregrineServer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The management server: the scrape and the served server's health on a port of their own. */
class ManagementServerTest {

    @Test
    void servesTheScrapeAndTheServedServersHealthOnItsOwnPort() throws Exception {
        PeregrineMetrics metrics = PeregrineMetrics.create();
        App app = new App();
        app.get("/things/{id}", (req, resp) -> resp.text("thing"));
        PeregrineServer server = PeregrineServer.builder(app).port(0).observer(metrics)
                .stopDelay(Duration.ofMinutes(1)).build();
        metrics.bind(server);
        server.start();
        PeregrineServer management = metrics.managementServer(server).port(0).build().start();
        Thread stopper = null;
        try (SocketClient client = new SocketClient(server.port()); SocketClient admin = new SocketClient(management.port())) {
            assertEquals(200, client.get("/things/1").status());
            assertEquals(404, client.get("/metrics").status(), "the app's own port has no scrape unless routed");
            SocketClient.Answer scrape = admin.get("/metrics");
            assertEquals(200, scrape.status());
            assertEquals(1, new Scrape(scrape.body()).value("http_server_requests_seconds_count", "uri=/things/{id}"));
            assertEquals(0, new Scrape(scrape.body()).samples("http_server_requests_seconds_count", "uri=/metrics").size(),
                    "the management server's own requests are not counted");
            assertEquals("{\"status\":\"UP\"}", admin.get("/health/live").body());
            assertEquals("{\"status\":\"UP\"}", admin.get("/health/ready").body());

            stopper = Thread.ofPlatform().start(() -> server.stop(Duration.ofSeconds(5)));
            SocketClient.Answer draining = awaitStatus(admin, "/health/ready", 503);
            assertEquals("{\"status\":\"DRAINING\"}", draining.body());
            assertEquals("no-store", draining.header("Cache-Control"));
            assertEquals(200, admin.get("/health/live").status());
            assertEquals(0, new Scrape(admin.get("/metrics").body()).value("peregrine_server_ready"));
        } finally {
            if (stopper != null) {
                stopper.interrupt();
                stopper.join(20_000);
            }
            server.stop();
            management.stop();
            metrics.close();
        }
    }

    /** Asks for {@code path} until it answers {@code status}, for at most ten seconds. */
    private static SocketClient.Answer awaitStatus(SocketClient client, String path, int status) throws Exception {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            SocketClient.Answer answer = client.get(path);
            if (answer.status() == status || System.nanoTime() - deadline > 0) {
                assertEquals(status, answer.status());
                return answer;
            }
            Thread.sleep(10);
        }
    }

    @Test
    void itsDefaultsAreALoopbackPortOfItsOwn() {
        PeregrineMetrics metrics = PeregrineMetrics.create();
        try {
            PeregrineServer management = metrics.managementServer(PeregrineServer.builder(new App()).build()).build();
            assertEquals("127.0.0.1", management.settings().host());
            assertEquals(9464, management.settings().port());
            assertEquals(1, management.settings().ioThreads());
            assertTrue(management.settings().maxConcurrentRequests() <= 64);
        } finally {
            metrics.close();
        }
    }
}
