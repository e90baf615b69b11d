package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What the app hands a server: validated header lines, the body's kind and length, the connection's fate. */
class RenderedResponseTest {

    @ParameterizedTest
    @ValueSource(strings = {"a\r\nSet-Cookie: stolen=1", "a\nb", "a\rb", "nul\u0000", "euro \u20ac"})
    void aHeaderValueThatCannotBeSentIsA500NotASplitResponse(String value) {
        App app = new App();
        app.get("/h", (req, resp) -> resp.setHeader("X-Echo", value).text("ok"));
        Result result = new TestClient(app).simulateGet("/h");
        assertEquals(500, result.status());
        assertNull(result.header("X-Echo"));
        assertEquals("{\"title\":\"500 Internal Server Error\"}", result.text());
    }

    @Test
    void aHeaderNameThatIsNotATokenIsA500() {
        App app = new App();
        app.get("/h", (req, resp) -> resp.setHeader("X Bad", "v").text("ok"));
        assertEquals(500, new TestClient(app).simulateGet("/h").status());
    }

    @Test
    void latin1AndTabsAreFineInAValue() {
        App app = new App();
        app.get("/h", (req, resp) -> resp.setHeader("X-Name", "Caf\u00e9\tbar").text("ok"));
        Result result = new TestClient(app).simulateGet("/h");
        assertEquals(200, result.status());
        assertEquals("Caf\u00e9\tbar", result.header("X-Name"));
    }

    @Test
    void theConstructorNamesTheBadLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RenderedResponse(200,
                new String[] {"X-Evil"}, new String[] {"a\r\nb"}, 1, ResponseBody.NONE, false));
        assertTrue(e.getMessage().contains("'X-Evil'") && e.getMessage().contains("split the response"), e.getMessage());
    }

    @Test
    void reasonPhraseComesWithTheStatus() {
        RenderedResponse answer = new RenderedResponse(719, new String[0], new String[0], 0, ResponseBody.NONE, false);
        assertEquals("Unknown", answer.reason());
        assertEquals("Created", new RenderedResponse(201, new String[0], new String[0], 0, ResponseBody.NONE, false).reason());
    }

    @Test
    void connectionCloseFromTheAppBecomesTheFlagNotALine() {
        App app = new App();
        app.get("/bye", (req, resp) -> resp.setHeader("Connection", "close").text("bye"));
        RenderedResponse answer = app.handle(RawExchange.get("/bye"));
        assertTrue(answer.closesConnection());
        assertNull(answer.header("Connection"));
        assertEquals(List.of("close"), new TestClient(app).simulateGet("/bye").headerValues("Connection"));
    }

    @Test
    void transferEncodingIsTheServersToDecide() {
        App app = new App();
        app.get("/te", (req, resp) -> resp.setHeader("Transfer-Encoding", "chunked").text("five!"));
        RenderedResponse answer = app.handle(RawExchange.get("/te"));
        assertNull(answer.header("Transfer-Encoding"));
        assertEquals("5", answer.header("Content-Length"));
    }

    @Test
    void aStreamOfUnknownLengthHasNoContentLengthAndTheTestClientShowsChunkedFraming() {
        App app = new App();
        app.get("/s", (req, resp) -> resp.stream(new ByteArrayInputStream("streamed".getBytes())));
        RenderedResponse answer = app.handle(RawExchange.get("/s"));
        ResponseBody.Stream body = (ResponseBody.Stream) answer.body();
        assertEquals(-1, body.length());
        assertNull(answer.header("Content-Length"));
        body.discard();
        Result result = new TestClient(app).simulateGet("/s");
        assertEquals("chunked", result.header("Transfer-Encoding"));
        assertEquals("streamed", result.text());
    }

    @Test
    void aStreamWithADeclaredLengthIsSized() {
        App app = new App();
        app.get("/s", (req, resp) -> resp.stream(new ByteArrayInputStream("12345".getBytes())).contentLength(5));
        RenderedResponse answer = app.handle(RawExchange.get("/s"));
        assertEquals(5, ((ResponseBody.Stream) answer.body()).length());
        assertEquals("5", answer.header("Content-Length"));
        answer.body().discard();
    }

    @Test
    void headKeepsTheContentLengthItsResponderDeclared() {
        App app = new App();
        app.route("HEAD", "/big", (req, resp) -> resp.contentType("application/zip").contentLength(123_456));
        Result result = new TestClient(app).simulateHead("/big");
        assertEquals(200, result.status());
        assertEquals("123456", result.header("Content-Length"));
        assertEquals(0, result.content().length);
    }

    @Test
    void headAnsweredByGetKeepsTheBodysLength() {
        App app = new App();
        app.get("/t", (req, resp) -> resp.text("four"));
        RenderedResponse answer = app.handle(new RawExchange("HEAD", "/t", java.util.Map.of()));
        assertEquals("4", answer.header("Content-Length"));
        assertEquals(ResponseBody.NONE, answer.body());
    }
}
