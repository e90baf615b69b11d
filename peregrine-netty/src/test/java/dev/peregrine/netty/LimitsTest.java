package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Request line, header and body limits: each answered with its status and a JSON body, then closed. */
class LimitsTest {

    private static PeregrineServer server;

    @BeforeAll
    static void startServer() {
        App app = new App();
        app.get("/ok", (req, resp) -> resp.text("ok"));
        app.post("/upload", (req, resp) -> resp.text("read " + req.stream().readAllBytes().length));
        server = Servers.start(app, builder -> builder.maxRequestLineLength(256).maxHeaderSize(1024).maxBodySize(1000));
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void requestLineOverTheLimitIs414AndCloses() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /" + "a".repeat(300) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawResponse response = client.read();
            assertEquals(414, response.status());
            assertEquals("{\"title\":\"Request line too long\",\"description\":\"The request line is longer than 256 bytes;"
                    + " send long data in the body instead of the URI.\"}", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
        assertServesOthers();
    }

    @Test
    void headersOverTheLimitAre431AndClose() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /ok HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "b".repeat(2000) + "\r\n\r\n");
            RawResponse response = client.read();
            assertEquals(431, response.status());
            assertEquals("{\"title\":\"Request header fields too large\",\"description\":\"The request headers take more than"
                    + " 1024 bytes; send fewer or shorter headers.\"}", response.text());
            assertTrue(client.closedByServer());
        }
        assertServesOthers();
    }

    @Test
    void declaredBodyOverTheLimitIs413BeforeReadingIt() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5000\r\n\r\n");
            RawResponse response = client.read();
            assertEquals(413, response.status());
            assertEquals("{\"title\":\"Request body too large\",\"description\":\"The request body is larger than 1000 bytes,"
                    + " the most this server accepts.\"}", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
        assertServesOthers();
    }

    @Test
    void chunkedBodyGrowingOverTheLimitIs413() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            StringBuilder request = new StringBuilder("POST /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n");
            for (int i = 0; i < 3; i++) {
                request.append("1f4\r\n").append("x".repeat(500)).append("\r\n");
            }
            client.send(request.append("0\r\n\r\n").toString());
            RawResponse response = client.read();
            assertEquals(413, response.status());
            assertEquals("Request body too large", titleOf(response));
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
        assertServesOthers();
    }

    @Test
    void chunkedBodyWithinTheLimitIsReadWhole() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + "5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("read 11", response.text());
            assertEquals("ok", client.get("/ok").text());
        }
    }

    private static String titleOf(RawResponse response) {
        String text = response.text();
        int start = text.indexOf("\"title\":\"") + 9;
        return text.substring(start, text.indexOf('"', start));
    }

    private static void assertServesOthers() throws Exception {
        try (RawHttpClient other = new RawHttpClient(server.port())) {
            assertEquals("ok", other.get("/ok").text());
        }
    }
}
