package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The header-read and idle timeouts. */
class TimeoutsTest {

    private static PeregrineServer server;

    @BeforeAll
    static void startServer() {
        App app = new App();
        app.get("/ok", (req, resp) -> resp.text("ok"));
        server = Servers.start(app, b -> b.dispatch(Dispatch.POOL).poolThreads(1)
                .headerReadTimeout(Duration.ofMillis(300)).idleTimeout(Duration.ofMillis(300)));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void clientSendingHeadersTooSlowlyGets408AndIsClosed() throws Exception {
        try (RawHttpClient slow = new RawHttpClient(server.port())) {
            slow.send("GET /ok HTTP/1.1\r\nHo");
            RawResponse response = slow.read();
            assertEquals(408, response.status());
            assertEquals("{\"title\":\"Request timeout\",\"description\":\"The request headers did not arrive within 300 ms.\"}",
                    response.text());
            assertTrue(slow.closedByServer());
        }
    }

    @Test
    void slowHeaderClientHoldsNoWorkerThread() throws Exception {
        try (RawHttpClient slow = new RawHttpClient(server.port()); RawHttpClient other = new RawHttpClient(server.port())) {
            slow.send("GET /ok HTTP/1.1\r\nHost: loc");
            assertEquals("ok", other.get("/ok").text(), "the only pool thread is free while headers trickle in");
        }
    }

    @Test
    void connectionThatSendsNothingIsClosedWithoutAnAnswer() throws Exception {
        try (RawHttpClient silent = new RawHttpClient(server.port())) {
            assertTrue(silent.closedByServer());
        }
    }

    @Test
    void idleKeepAliveConnectionIsClosed() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals("ok", client.get("/ok").text());
            assertTrue(client.closedByServer());
        }
    }
}
