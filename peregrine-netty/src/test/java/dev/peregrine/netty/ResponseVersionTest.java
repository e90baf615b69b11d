package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The protocol version of the status line: HTTP/1.0 to a 1.0 request, HTTP/1.1 to anything else,
 * never an echo of what the client wrote (RFC 9110 §2.5, RFC 9112 §2.3).
 */
class ResponseVersionTest {

    private static PeregrineServer server;

    @BeforeAll
    static void startServer() {
        App app = new App();
        app.get("/things", (req, resp) -> resp.text("things"));
        server = Servers.start(app, b -> b);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void laterMinorVersionIsAnsweredAsHttp11() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /things HTTP/1.2\r\nHost: localhost\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("HTTP/1.1", response.version());
            assertEquals(200, response.status());
            assertEquals("things", client.get("/things").text(), "the connection stays open as for 1.1");
        }
    }

    @Test
    void laterMinorVersionNeedsAHostAsHttp11Does() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /things HTTP/1.2\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("HTTP/1.1", response.version());
            assertEquals(400, response.status());
        }
    }

    @Test
    void otherMajorVersionIs505InHttp11() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /things HTTP/2.0\r\nHost: localhost\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("HTTP/1.1", response.version());
            assertEquals(505, response.status());
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void http10RequestIsAnsweredInHttp10() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /things HTTP/1.0\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("HTTP/1.0", response.version());
            assertEquals("things", response.text());
        }
    }
}
