package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 9112's request-smuggling cases and other malformed messages: each is a 400 with a JSON body
 * naming the problem, the connection is closed (whatever follows it is never served), and other
 * connections keep being served.
 */
class MalformedRequestTest {

    private static PeregrineServer server;

    @BeforeAll
    static void startServer() {
        App app = new App();
        app.get("/ok", (req, resp) -> resp.text("ok"));
        app.post("/upload", (req, resp) -> resp.text("read " + req.stream().readAllBytes().length));
        server = Servers.start(app, builder -> builder);
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void contentLengthWithTransferEncodingIs400() throws Exception {
        assertRefused("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "0\r\n\r\nGET /ok HTTP/1.1\r\nHost: localhost\r\n\r\n", "Malformed request");
    }

    @Test
    void conflictingContentLengthsAre400() throws Exception {
        assertRefused("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nContent-Length: 40\r\n\r\nabc",
                "Malformed request");
    }

    @Test
    void repeatedEqualContentLengthsAre400() throws Exception {
        assertRefused("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
                "Malformed request");
    }

    @Test
    void nonNumericContentLengthIs400() throws Exception {
        assertRefused("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 3x\r\n\r\nabc", "Malformed request");
    }

    @Test
    void transferCodingOtherThanChunkedIs400() throws Exception {
        assertRefused("POST /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: identity\r\n\r\n", "Malformed request");
    }

    @Test
    void chunkedAfterAnotherCodingIs400() throws Exception {
        String response = assertRefused("POST /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
                + "0\r\n\r\n", "Unsupported transfer coding");
        assertTrue(response.contains("'gzip, chunked'"), response);
    }

    @Test
    void transferEncodingInHttp10Is400() throws Exception {
        assertRefused("POST /upload HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n", "Malformed request");
    }

    @Test
    void badChunkSizeIs400() throws Exception {
        assertRefused("POST /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n",
                "Malformed chunked body");
    }

    @Test
    void chunkWithoutItsCrlfIs400() throws Exception {
        assertRefused("POST /upload HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcXX0\r\n\r\n",
                "Malformed chunked body");
    }

    @Test
    void whitespaceBeforeHeaderColonIs400() throws Exception {
        assertRefused("GET /ok HTTP/1.1\r\nHost: localhost\r\nContent-Length : 5\r\n\r\n", "Malformed request");
    }

    @Test
    void garbageRequestLineIs400() throws Exception {
        assertRefused("HELLO\r\n\r\n", "Malformed request");
    }

    @Test
    void missingHostIs400() throws Exception {
        assertRefused("GET /ok HTTP/1.1\r\n\r\n", "Missing Host header");
    }

    @Test
    void twoHostsAre400() throws Exception {
        assertRefused("GET /ok HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n", "Several Host headers");
    }

    @Test
    void targetThatIsNotAPathIs400() throws Exception {
        assertRefused("GET ok HTTP/1.1\r\nHost: localhost\r\n\r\n", "Invalid request target");
    }

    @Test
    void unsupportedExpectationIs417() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nExpect: magic\r\nContent-Length: 1\r\n\r\nx");
            RawResponse response = client.read();
            assertEquals(417, response.status());
            assertTrue(client.closedByServer());
        }
    }

    private static String assertRefused(String raw, String title) throws Exception {
        String body;
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send(raw);
            RawResponse response = client.read();
            body = response.text();
            assertEquals(400, response.status(), body);
            assertEquals("application/json", response.header("Content-Type"));
            assertTrue(body.startsWith("{\"title\":\"" + title + "\",\"description\":\""), body);
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer(), "the connection is closed after a malformed request");
        }
        try (RawHttpClient other = new RawHttpClient(server.port())) {
            assertEquals("ok", other.get("/ok").text());
        }
        return body;
    }
}
