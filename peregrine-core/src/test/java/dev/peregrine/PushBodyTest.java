package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.sse.ServerSentEvent;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Bodies written as they are produced, and server-sent events, through the test client. */
class PushBodyTest {

    @Test
    void aWrittenBodyOfUnknownLengthIsSentChunked() {
        App app = new App();
        app.get("/csv", (req, resp) -> resp.contentType("text/csv").stream(out -> {
            for (int i = 1; i <= 3; i++) {
                out.write(("row," + i + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }));
        Result result = new TestClient(app).simulateGet("/csv");
        assertEquals("text/csv", result.header("Content-Type"));
        assertEquals("chunked", result.header("Transfer-Encoding"));
        assertNull(result.header("Content-Length"));
        assertEquals("row,1\nrow,2\nrow,3\n", result.text());
    }

    @Test
    void aWrittenBodyOfDeclaredLengthIsSized() {
        App app = new App();
        app.get("/bin", (req, resp) -> resp.stream(out -> out.write(new byte[] {1, 2, 3}), 3));
        Result result = new TestClient(app).simulateGet("/bin");
        assertEquals("3", result.header("Content-Length"));
        assertEquals("application/octet-stream", result.header("Content-Type"));
        assertEquals(3, result.content().length);
    }

    @Test
    void headDoesNotRunTheWriter() {
        App app = new App();
        app.get("/csv", (req, resp) -> resp.stream(out -> {
            throw new IllegalStateException("a HEAD answer has no body to write");
        }));
        Result result = new TestClient(app).simulateHead("/csv");
        assertEquals(200, result.status());
        assertEquals(0, result.content().length);
    }

    @Test
    void eventsAreWrittenInTheEventStreamFormat() {
        App app = new App();
        app.get("/events", (req, resp) -> resp.sse(events -> {
            events.send(new ServerSentEvent().id("1").event("greeting").data("hello"));
            events.send(new ServerSentEvent().id("2").data("two\nlines\r\nthree"));
            events.comment("just a comment");
            events.send(new ServerSentEvent().retry(Duration.ofMillis(2500)));
            events.send("plain");
        }));
        Result result = new TestClient(app).simulateGet("/events");
        assertEquals("text/event-stream", result.header("Content-Type"));
        assertEquals("no-cache", result.header("Cache-Control"));
        assertEquals("no", result.header("X-Accel-Buffering"), "a buffering proxy passes each event on");
        assertEquals("id: 1\nevent: greeting\ndata: hello\n\n"
                + "id: 2\ndata: two\ndata: lines\ndata: three\n\n"
                + ": just a comment\n\n"
                + "retry: 2500\n\n"
                + "data: plain\n\n", result.text());
    }

    @Test
    void theLastEventIdOfAReconnectingClientReachesTheWriter() {
        App app = new App();
        app.get("/events", (req, resp) -> resp.sse(events -> events.send("resuming after " + events.lastEventId())));
        Result result = new TestClient(app).get("/events").header("Last-Event-ID", "41").send();
        assertEquals("data: resuming after 41\n\n", result.text());
    }

    @Test
    void eventFieldsThatWouldBreakTheStreamAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ServerSentEvent().id("1\n2"));
        assertThrows(IllegalArgumentException.class, () -> new ServerSentEvent().id("nul\u0000"));
        assertThrows(IllegalArgumentException.class, () -> new ServerSentEvent().event("a\rb"));
        assertThrows(IllegalArgumentException.class, () -> new ServerSentEvent().retry(Duration.ofMillis(-1)));
    }
}
