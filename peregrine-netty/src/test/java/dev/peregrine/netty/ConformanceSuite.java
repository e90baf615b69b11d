package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same HTTP cases, run once through {@code TestClient} and once through the server on a real
 * socket: whatever the transport, the app answers alike.
 */
abstract class ConformanceSuite {

    /** Sends one request and returns the answer. */
    abstract Answer send(String method, String path, List<String[]> headers, byte[] body) throws Exception;

    /** Sends one HTTP/1.0 request (a version the in-process client has no notion of) and returns the answer. */
    abstract Answer sendHttp10(String method, String path) throws Exception;

    private Answer send(String method, String path) throws Exception {
        return send(method, path, List.of(), null);
    }

    @Test
    void getAnswersJsonWithItsContentLength() throws Exception {
        Answer answer = send("GET", "/things/42");
        assertEquals(200, answer.status());
        assertEquals("application/json", answer.header("Content-Type"));
        assertEquals("{\"id\":42}", answer.text());
        assertEquals("9", answer.header("Content-Length"));
    }

    @Test
    void headHasGetsHeadersAndNoBody() throws Exception {
        Answer answer = send("HEAD", "/things/42");
        assertEquals(200, answer.status());
        assertEquals("application/json", answer.header("Content-Type"));
        assertEquals("9", answer.header("Content-Length"));
        assertEquals(0, answer.body().length);
    }

    @Test
    void unknownPathIs404WithJsonBody() throws Exception {
        Answer answer = send("GET", "/nowhere");
        assertEquals(404, answer.status());
        assertEquals("application/json", answer.header("Content-Type"));
        assertEquals("{\"title\":\"404 Not Found\"}", answer.text());
    }

    @Test
    void methodWithoutResponderIs405ListingAllow() throws Exception {
        Answer answer = send("DELETE", "/text");
        assertEquals(405, answer.status());
        assertEquals("GET, HEAD, OPTIONS", answer.header("Allow"));
        assertEquals("{\"title\":\"405 Method Not Allowed\"}", answer.text());
    }

    @Test
    void unknownMethodIs501WithJsonBody() throws Exception {
        Answer answer = send("BREW", "/text");
        assertEquals(501, answer.status());
        assertEquals("{\"title\":\"501 Not Implemented\",\"description\":\"The BREW method is not implemented by this server.\"}",
                answer.text());
    }

    @Test
    void optionsListsAllowedMethods() throws Exception {
        Answer answer = send("OPTIONS", "/text");
        assertEquals(200, answer.status());
        assertEquals("GET, HEAD, OPTIONS", answer.header("Allow"));
        assertEquals("0", answer.header("Content-Length"));
    }

    @Test
    void cookiesAreReadAndSet() throws Exception {
        Answer answer = send("GET", "/cookies", List.<String[]>of(new String[] {"Cookie", "session=abc; other=1"}), null);
        assertEquals(200, answer.status());
        assertEquals("session=abc", answer.text());
        assertEquals("flavour=oat; HttpOnly", answer.header("Set-Cookie"));
    }

    @Test
    void malformedJsonBodyIs400NamingTheProblem() throws Exception {
        Answer answer = send("POST", "/things", List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                "{\"name\": ".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, answer.status());
        assertTrue(answer.text().startsWith("{\"title\":\"Invalid JSON\",\"description\":\"Could not parse JSON body - "),
                answer.text());
    }

    @Test
    void jsonBodyIsDecodedAndCreatedHasLocation() throws Exception {
        Answer answer = send("POST", "/things", List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                "{\"color\":\"green\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, answer.status());
        assertEquals("/things/7", answer.header("Location"));
        assertEquals("{\"color\":\"green\"}", answer.text());
    }

    @Test
    void queryParametersArePercentDecoded() throws Exception {
        Answer answer = send("GET", "/search?q=a%20b&limit=5");
        assertEquals("{\"q\":\"a b\",\"limit\":5}", answer.text());
    }

    @Test
    void queryParameterOutOfRangeIs400NamingIt() throws Exception {
        Answer answer = send("GET", "/search?q=x&limit=500");
        assertEquals(400, answer.status());
        assertTrue(answer.text().contains("\"title\":\"Invalid parameter\""), answer.text());
        assertTrue(answer.text().contains("limit"), answer.text());
    }

    @Test
    void requestHeadersReachTheResponder() throws Exception {
        Answer answer = send("GET", "/headers", List.<String[]>of(new String[] {"X-Custom", "yes"}), null);
        assertEquals("yes", answer.text());
    }

    @Test
    void repeatedRequestHeaderReachesTheResponderJoinedWithCommas() throws Exception {
        Answer answer = send("GET", "/headers",
                List.of(new String[] {"X-Custom", "a"}, new String[] {"X-Custom", "b"}), null);
        assertEquals("a,b", answer.text());
    }

    @Test
    void secondRequestGetsTheSameAnswerAsTheFirst() throws Exception {
        Answer first = send("GET", "/text");
        Answer second = send("GET", "/text");
        assertEquals(200, second.status());
        assertArrayEquals(first.body(), second.body());
        assertEquals("text/plain; charset=utf-8", second.header("Content-Type"));
        assertEquals("5", second.header("Content-Length"));
        assertNull(second.header("Transfer-Encoding"));
    }

    @Test
    void staticFileIsSentWholeWithItsLength() throws Exception {
        Answer answer = send("GET", "/static/data.bin");
        assertEquals(200, answer.status());
        assertEquals(Integer.toString(ConformanceApp.STATIC_FILE.length), answer.header("Content-Length"));
        assertEquals("application/octet-stream", answer.header("Content-Type"));
        assertArrayEquals(ConformanceApp.STATIC_FILE, answer.body());
    }

    @Test
    void staticFileRangeIsPartialContent() throws Exception {
        Answer answer = send("GET", "/static/data.bin", List.<String[]>of(new String[] {"Range", "bytes=1000-1999"}), null);
        assertEquals(206, answer.status());
        assertEquals("bytes 1000-1999/" + ConformanceApp.STATIC_FILE.length, answer.header("Content-Range"));
        assertArrayEquals(Arrays.copyOfRange(ConformanceApp.STATIC_FILE, 1000, 2000), answer.body());
    }

    @Test
    void staticFileHeadHasItsLengthAndNoBody() throws Exception {
        Answer answer = send("HEAD", "/static/data.bin");
        assertEquals(200, answer.status());
        assertEquals(Integer.toString(ConformanceApp.STATIC_FILE.length), answer.header("Content-Length"));
        assertEquals(0, answer.body().length);
    }

    @Test
    void staticFileIsNotModifiedForItsEtag() throws Exception {
        String etag = send("GET", "/static/data.bin").header("ETag");
        Answer answer = send("GET", "/static/data.bin", List.<String[]>of(new String[] {"If-None-Match", etag}), null);
        assertEquals(304, answer.status());
        assertEquals(0, answer.body().length);
        assertEquals(etag, answer.header("ETag"));
    }

    @Test
    void staticFileWithConnectionCloseIsSentWhole() throws Exception {
        Answer answer = send("GET", "/static/data.bin", List.<String[]>of(new String[] {"Connection", "close"}), null);
        assertEquals(200, answer.status());
        assertEquals(Integer.toString(ConformanceApp.STATIC_FILE.length), answer.header("Content-Length"));
        assertArrayEquals(ConformanceApp.STATIC_FILE, answer.body());
    }

    @Test
    void staticFileToAnHttp10ClientIsSentWhole() throws Exception {
        Answer answer = sendHttp10("GET", "/static/data.bin");
        assertEquals(200, answer.status());
        assertEquals(Integer.toString(ConformanceApp.STATIC_FILE.length), answer.header("Content-Length"));
        assertArrayEquals(ConformanceApp.STATIC_FILE, answer.body());
    }

    @Test
    void staticFileHeadToAnHttp10ClientHasItsLengthAndNoBody() throws Exception {
        Answer head = sendHttp10("HEAD", "/static/data.bin");
        assertEquals(200, head.status());
        assertEquals(Integer.toString(ConformanceApp.STATIC_FILE.length), head.header("Content-Length"));
        assertEquals(0, head.body().length);
    }

    @Test
    void optionsStarListsTheMethodsAnsweredAnywhere() throws Exception {
        Answer answer = send("OPTIONS", "*");
        assertEquals(200, answer.status());
        assertEquals("GET, HEAD, POST, OPTIONS", answer.header("Allow"));
        assertEquals("0", answer.header("Content-Length"));
        assertEquals(0, answer.body().length);
    }

    @Test
    void jsonNumberBeyondADoubleIs400NamingTheField() throws Exception {
        Answer answer = send("POST", "/things", List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                "{\"n\": 1e999999999}".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, answer.status());
        assertTrue(answer.text().contains("Field 'n' is out of range"), answer.text());
    }

    @Test
    void jsonOfTheWrongShapeIs400SayingSoInJsonTerms() throws Exception {
        Answer answer = send("POST", "/things", List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                "[1]".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, answer.status());
        assertEquals("{\"title\":\"Request data failed validation\",\"description\":\"The JSON body must be an object,"
                + " got an array.\"}", answer.text());
    }

    @Test
    void headerValueWithALineBreakIsA500InsteadOfASplitResponse() throws Exception {
        Answer answer = send("GET", "/echo-header?value=a%0D%0ASet-Cookie:%20stolen=1");
        assertEquals(500, answer.status());
        assertNull(answer.header("X-Echo"));
        assertNull(answer.header("Set-Cookie"));
        assertEquals("{\"title\":\"500 Internal Server Error\"}", answer.text());
    }

    @Test
    void streamOfUnknownLengthIsChunked() throws Exception {
        Answer answer = send("GET", "/stream");
        assertEquals(200, answer.status());
        assertEquals("chunked", answer.header("Transfer-Encoding"));
        assertNull(answer.header("Content-Length"));
        assertEquals("streamed, length unknown", answer.text());
    }

    @Test
    void connectionCloseAskedByTheAppIsSentOnce() throws Exception {
        Answer answer = send("GET", "/bye");
        assertEquals("bye", answer.text());
        assertEquals(1, answer.headers().stream().filter(h -> h[0].equalsIgnoreCase("Connection")).count());
        assertEquals("close", answer.header("Connection"));
    }
}
