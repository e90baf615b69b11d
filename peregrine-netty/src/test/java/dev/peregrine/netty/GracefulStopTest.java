package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Stopping in process: drain what is in flight, close idle connections, stop accepting. */
class GracefulStopTest {

    @Test
    void stopFinishesTheRequestInFlightAndClosesIdleConnections() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        App app = new App();
        app.get("/slow", (req, resp) -> {
            entered.countDown();
            Thread.sleep(500);
            resp.text("done");
        });
        app.get("/ok", (req, resp) -> resp.text("ok"));
        PeregrineServer server = Servers.start(app, b -> b);
        int port = server.port();
        try (RawHttpClient busy = new RawHttpClient(port); RawHttpClient idle = new RawHttpClient(port)) {
            assertEquals("ok", idle.get("/ok").text());
            busy.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> server.stop(Duration.ofSeconds(10)));
            assertTrue(idle.closedByServer(), "an idle keep-alive connection is closed at once");
            RawResponse response = busy.read();
            assertEquals("done", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(stopped.get(20, TimeUnit.SECONDS), "everything drained within the timeout");
        }
        assertThrows(ConnectException.class, () -> new RawHttpClient(port).close());
    }

    @Test
    void requestOutlastingTheDrainTimeoutIsCutOff() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        App app = new App();
        app.get("/stuck", (req, resp) -> {
            entered.countDown();
            never.await(30, TimeUnit.SECONDS);
            resp.text("late");
        });
        PeregrineServer server = Servers.start(app, b -> b);
        try (RawHttpClient stuck = new RawHttpClient(server.port())) {
            stuck.send("GET /stuck HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            assertFalse(server.stop(Duration.ofMillis(200)), "stop reports that a request was cut off");
            assertTrue(stuck.closedByServer());
        } finally {
            never.countDown();
        }
    }
}
