package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseRenderingTest {

    private static Result get(Responder responder) {
        return new TestClient(new App().get("/r", responder)).simulateGet("/r");
    }

    @Test
    void textDefaultsToPlainUtf8() {
        Result result = get((req, resp) -> resp.text("héllo"));
        assertEquals("text/plain; charset=utf-8", result.contentType());
        assertEquals("héllo", result.text());
        assertEquals("6", result.header("Content-Length"));
    }

    @Test
    void dataDefaultsToOctetStream() {
        Result result = get((req, resp) -> resp.data(new byte[] {1, 2, 3}));
        assertEquals("application/octet-stream", result.contentType());
        assertArrayEquals(new byte[] {1, 2, 3}, result.content());
    }

    @Test
    void mediaDefaultsToJson() {
        Result result = get((req, resp) -> resp.media(Map.of("a", 1)));
        assertEquals("application/json", result.contentType());
        assertEquals(Map.of("a", 1), result.json());
    }

    @Test
    void explicitContentTypeAlwaysWins() {
        Result result = get((req, resp) -> resp.contentType("text/csv").text("a,b"));
        assertEquals("text/csv", result.contentType());
    }

    @Test
    void textWinsOverDataAndMedia() {
        Result result = get((req, resp) -> resp.media(Map.of("a", 1)).data(new byte[] {9}).text("t"));
        assertEquals("t", result.text());
        assertEquals("text/plain; charset=utf-8", result.contentType());
    }

    @Test
    void noContentHasNoBodyNoTypeNoLength() {
        Result result = get((req, resp) -> resp.status(204).text("dropped"));
        assertEquals(204, result.status());
        assertEquals(0, result.content().length);
        assertNull(result.contentType());
        assertNull(result.header("Content-Length"));
    }

    @Test
    void notModifiedHasNoBodyAndNoType() {
        Result result = get((req, resp) -> resp.status(304).etag("v1").media(Map.of()));
        assertEquals(304, result.status());
        assertEquals(0, result.content().length);
        assertNull(result.contentType());
        assertEquals("\"v1\"", result.header("ETag"));
    }

    @Test
    void emptyBodyHasZeroLengthAndNoType() {
        Result result = get((req, resp) -> resp.status(202));
        assertEquals("0", result.header("Content-Length"));
        assertNull(result.contentType());
    }

    @Test
    void headerNameCaseIsKeptAsWritten() {
        Result result = get((req, resp) -> resp.setHeader("X-Request-ID", "abc").text(""));
        assertTrue(result.headers().stream().anyMatch(h -> h[0].equals("X-Request-ID") && h[1].equals("abc")));
        assertEquals("abc", result.header("x-request-id"));
    }

    @Test
    void appendHeaderJoinsWithComma() {
        Result result = get((req, resp) -> resp.appendHeader("X-A", "1").appendHeader("x-a", "2"));
        assertEquals("1, 2", result.header("X-A"));
    }

    @Test
    void deleteHeaderRemovesIt() {
        Result result = get((req, resp) -> resp.setHeader("X-A", "1").deleteHeader("x-a"));
        assertNull(result.header("X-A"));
    }

    @Test
    void rawSetCookieHeaderIsRefused() {
        Result result = get((req, resp) -> resp.setHeader("Set-Cookie", "a=b"));
        assertEquals(500, result.status());
    }

    @Test
    void anyStatusCodeRendersItsLine() {
        Result result = get((req, resp) -> resp.status(719));
        assertEquals(719, result.status());
        assertEquals("719 Unknown", result.statusLine());
    }

    @Test
    void streamWithLengthKeepsContentLength() {
        byte[] bytes = "streamed".getBytes(StandardCharsets.UTF_8);
        Result result = get((req, resp) -> resp.stream(new ByteArrayInputStream(bytes), bytes.length));
        assertEquals("8", result.header("Content-Length"));
        assertEquals("streamed", result.text());
        assertEquals("application/octet-stream", result.contentType());
    }

    @Test
    void streamWithoutLengthHasNoContentLength() {
        Result result = get((req, resp) -> resp.stream(new ByteArrayInputStream(new byte[] {1, 2})));
        assertNull(result.header("Content-Length"));
        assertArrayEquals(new byte[] {1, 2}, result.content());
    }

    @Test
    void cookiesAreSecureAndHttpOnlyByDefault() {
        Result result = get((req, resp) -> resp.setCookie("sid", "abc").maxAge(60).sameSite("Lax"));
        assertEquals("sid=abc; HttpOnly; Max-Age=60; SameSite=Lax; Secure", result.header("Set-Cookie"));
        SetCookie cookie = result.cookies().get("sid");
        assertEquals("abc", cookie.value());
        assertTrue(cookie.secure());
        assertTrue(cookie.httpOnly());
        assertEquals(60L, cookie.maxAge());
    }

    @Test
    void secureCookiesByDefaultCanBeTurnedOff() {
        App app = new App().get("/r", (req, resp) -> resp.setCookie("a", "1"));
        app.responseOptions().secureCookiesByDefault(false);
        assertEquals("a=1; HttpOnly", new TestClient(app).simulateGet("/r").header("Set-Cookie"));
    }

    @Test
    void severalCookiesAreSeparateLines() {
        Result result = get((req, resp) -> {
            resp.setCookie("a", "1");
            resp.setCookie("b", "2");
        });
        assertEquals(2, result.headerValues("Set-Cookie").size());
        assertEquals(List.of("a", "b"), List.copyOf(result.cookies().keySet()));
    }

    @Test
    void setHeadersSetsEachReplacingEarlierValues() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-A", "1");
        headers.put("X-B", "2");
        Result result = get((req, resp) -> resp.setHeader("x-a", "old").setHeaders(headers).text("ok"));
        assertEquals(List.of("1"), result.headerValues("X-A"));
        assertEquals("2", result.header("X-B"));
    }

    @Test
    void unsetCookieSendsAnEmptyValueExpiredWithoutSecureOrHttpOnly() {
        Result result = get((req, resp) -> resp.unsetCookie("sid"));
        assertEquals(List.of("sid=\"\"; Expires=Thu, 01 Jan 1970 00:00:01 GMT; SameSite=Lax"),
                result.headerValues("Set-Cookie"));
    }

    @Test
    void unsetCookieSendsTheDomainAndPathItIsGiven() {
        Result result = get((req, resp) -> resp.unsetCookie("sid", "example.com", "/a"));
        assertEquals(List.of("sid=\"\"; Domain=example.com; Expires=Thu, 01 Jan 1970 00:00:01 GMT; Path=/a; SameSite=Lax"),
                result.headerValues("Set-Cookie"));
    }

    @Test
    void locationIsPercentEncoded() {
        Result result = get((req, resp) -> resp.status(201).location("/things/ü ä"));
        assertEquals("/things/%C3%BC%20%C3%A4", result.header("Location"));
    }

    @Test
    void etagIsQuoted() {
        assertEquals("\"abc\"", get((req, resp) -> resp.etag("abc")).header("ETag"));
        assertEquals("W/\"abc\"", get((req, resp) -> resp.etag(ETag.weak("abc"))).header("ETag"));
    }

    @Test
    void datesAreHttpDates() {
        Instant instant = Instant.parse("1994-11-06T08:49:37Z");
        Result result = get((req, resp) -> resp.lastModified(instant).expires(instant).retryAfter(instant));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", result.header("Last-Modified"));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", result.header("Expires"));
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", result.header("Retry-After"));
    }

    @Test
    void cachingAndRangeHeadersAreFormatted() {
        Result result = get((req, resp) -> resp.cacheControl("public", "max-age=60").vary("Accept", "Origin")
                .contentRange(0, 9, 100).acceptRanges("bytes").retryAfter(30));
        assertEquals("public, max-age=60", result.header("Cache-Control"));
        assertEquals("Accept, Origin", result.header("Vary"));
        assertEquals("bytes 0-9/100", result.header("Content-Range"));
        assertEquals("bytes", result.header("Accept-Ranges"));
        assertEquals("30", result.header("Retry-After"));
    }

    @Test
    void downloadableAsUsesRfc6266ForNonAsciiNames() {
        assertEquals("attachment; filename=\"report.pdf\"",
                get((req, resp) -> resp.downloadableAs("report.pdf")).header("Content-Disposition"));
        String value = get((req, resp) -> resp.downloadableAs("résumé.pdf")).header("Content-Disposition");
        assertTrue(value.startsWith("attachment; filename=\""), value);
        assertTrue(value.contains("filename*=UTF-8''r%C3%A9sum%C3%A9.pdf"), value);
    }

    @Test
    void linksAreAppended() {
        Result result = get((req, resp) -> resp.appendLink("/page/2", "next").appendLink("/page/1", "prev"));
        assertEquals("</page/2>; rel=next, </page/1>; rel=prev", result.header("Link"));
    }

    @Test
    void mediaWithUnregisteredTypeIsAServerBugAnswered500() {
        Result result = get((req, resp) -> resp.contentType("text/csv").media(Map.of("a", 1)));
        assertEquals(500, result.status());
        assertEquals(Map.of("title", "500 Internal Server Error"), result.json());
        assertFalse(result.text().contains("Exception"));
    }

    @Test
    void responseContextCarriesValues() {
        App app = new App().get("/r", (req, resp) -> resp.context().put("k", "v"));
        app.addMiddleware((ResponseMiddleware) (req, resp, resource, ok) -> resp.setHeader("X-K", (String) resp.context().get("k")));
        assertEquals("v", new TestClient(app).simulateGet("/r").header("X-K"));
    }
}
