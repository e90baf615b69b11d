package dev.peregrine.compression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.Responder;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.channels.FileChannel;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCompressionTest {

    /** About 5 KiB of text that compresses well. */
    static final String LARGE_TEXT = "The quick brown fox jumps over the lazy dog. ".repeat(120);
    static final byte[] LARGE_BYTES = LARGE_TEXT.getBytes(StandardCharsets.UTF_8);

    private static TestClient compressing(String path, Responder responder) {
        App app = new App();
        app.get(path, responder);
        app.responseOptions().compression(ResponseCompression.gzip());
        return new TestClient(app);
    }

    private static Result getGzip(TestClient client, String path) {
        return client.get(path).header("Accept-Encoding", "gzip, deflate, br").send();
    }

    static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- What is compressed ----------------------------------------------------------------

    @Test
    void compressionIsOffByDefault() {
        App app = new App();
        app.get("/text", (req, resp) -> resp.text(LARGE_TEXT));
        Result result = getGzip(new TestClient(app), "/text");
        assertNull(result.header("Content-Encoding"));
        assertNull(result.header("Vary"));
        assertEquals(LARGE_TEXT, result.text());
    }

    @Test
    void largeTextIsGzippedWithItsCompressedLength() {
        Result result = getGzip(compressing("/text", (req, resp) -> resp.text(LARGE_TEXT)), "/text");
        assertEquals("gzip", result.header("Content-Encoding"));
        assertEquals("Accept-Encoding", result.header("Vary"));
        assertEquals(Integer.toString(result.content().length), result.header("Content-Length"));
        assertTrue(result.content().length < LARGE_BYTES.length / 4, "compressed to " + result.content().length);
        assertArrayEquals(LARGE_BYTES, gunzip(result.content()));
    }

    @Test
    void mediaIsCompressedAfterSerialization() {
        java.util.List<java.util.Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            items.add(java.util.Map.of("id", i, "name", "item " + i));
        }
        Result result = getGzip(compressing("/items", (req, resp) -> resp.media(items)), "/items");
        assertEquals("gzip", result.header("Content-Encoding"));
        assertTrue(new String(gunzip(result.content()), StandardCharsets.UTF_8).startsWith("[{\""));
    }

    @Test
    void bodyBelowTheMinimumSizeIsSentAsItIsWithoutVary() {
        Result result = getGzip(compressing("/small", (req, resp) -> resp.text("x".repeat(1023))), "/small");
        assertNull(result.header("Content-Encoding"));
        assertNull(result.header("Vary"));
        assertEquals(1023, result.content().length);
    }

    @Test
    void minimumSizeIsConfigurable() {
        App app = new App();
        app.get("/small", (req, resp) -> resp.text("x".repeat(100)));
        app.responseOptions().compression(ResponseCompression.gzip().minimumSize(100));
        Result result = getGzip(new TestClient(app), "/small");
        assertEquals("gzip", result.header("Content-Encoding"));
        assertEquals("x".repeat(100), new String(gunzip(result.content()), StandardCharsets.US_ASCII));
    }

    @Test
    void incompressibleTypeIsSentAsItIs() {
        Result result = getGzip(compressing("/png", (req, resp) -> resp.contentType("image/png").data(LARGE_BYTES)), "/png");
        assertNull(result.header("Content-Encoding"));
        assertNull(result.header("Vary"));
        assertArrayEquals(LARGE_BYTES, result.content());
    }

    @Test
    void compressibleTypesAreConfigurable() {
        App app = new App();
        app.get("/csv", (req, resp) -> resp.contentType("text/csv").text(LARGE_TEXT));
        app.get("/json", (req, resp) -> resp.contentType("application/json").text(LARGE_TEXT));
        app.responseOptions().compression(ResponseCompression.gzip().compressibleTypes("application/json"));
        TestClient client = new TestClient(app);
        assertNull(getGzip(client, "/csv").header("Content-Encoding"));
        assertEquals("gzip", getGzip(client, "/json").header("Content-Encoding"));
    }

    @Test
    void eventStreamsAreNotCompressed() {
        Result result = getGzip(compressing("/events", (req, resp) -> resp.contentType("text/event-stream").text(LARGE_TEXT)), "/events");
        assertNull(result.header("Content-Encoding"));
    }

    // ---- Negotiation -----------------------------------------------------------------------

    @Test
    void requestWithoutAcceptEncodingGetsIdentityButVary() {
        Result result = compressing("/text", (req, resp) -> resp.text(LARGE_TEXT)).simulateGet("/text");
        assertNull(result.header("Content-Encoding"));
        assertEquals("Accept-Encoding", result.header("Vary"));
        assertEquals(LARGE_TEXT, result.text());
    }

    @Test
    void refusedGzipGetsIdentity() {
        Result result = compressing("/text", (req, resp) -> resp.text(LARGE_TEXT))
                .get("/text").header("Accept-Encoding", "gzip;q=0, br").send();
        assertNull(result.header("Content-Encoding"));
        assertEquals(LARGE_TEXT, result.text());
    }

    @Test
    void refusingIdentityAndEveryCodingStillGetsIdentityRatherThan406() {
        Result result = compressing("/text", (req, resp) -> resp.text(LARGE_TEXT))
                .get("/text").header("Accept-Encoding", "br, identity;q=0").send();
        assertEquals(200, result.status());
        assertNull(result.header("Content-Encoding"));
        assertEquals(LARGE_TEXT, result.text());
    }

    @Test
    void starAcceptsGzip() {
        Result result = compressing("/text", (req, resp) -> resp.text(LARGE_TEXT))
                .get("/text").header("Accept-Encoding", "*").send();
        assertEquals("gzip", result.header("Content-Encoding"));
    }

    @Test
    void serversPreferenceBreaksTies() {
        ContentCoding fake = new NamedGzip("fake");
        App app = new App();
        app.get("/text", (req, resp) -> resp.text(LARGE_TEXT));
        app.responseOptions().compression(ResponseCompression.of(fake, GzipCoding.defaults()));
        TestClient client = new TestClient(app);
        assertEquals("fake", client.get("/text").header("Accept-Encoding", "gzip, fake").send().header("Content-Encoding"));
        assertEquals("gzip", client.get("/text").header("Accept-Encoding", "gzip, fake;q=0.9").send().header("Content-Encoding"));
    }

    // ---- Vary ------------------------------------------------------------------------------

    @Test
    void varyIsMergedWithTheResponders() {
        Result result = getGzip(compressing("/text", (req, resp) -> resp.vary("Origin").text(LARGE_TEXT)), "/text");
        assertEquals("Origin, Accept-Encoding", result.header("Vary"));
    }

    @Test
    void varyAlreadyNamingAcceptEncodingIsLeftAlone() {
        Result result = getGzip(compressing("/text", (req, resp) -> resp.vary("accept-encoding", "Origin").text(LARGE_TEXT)), "/text");
        assertEquals("accept-encoding, Origin", result.header("Vary"));
    }

    @Test
    void varyStarIsLeftAlone() {
        Result result = getGzip(compressing("/text", (req, resp) -> resp.vary("*").text(LARGE_TEXT)), "/text");
        assertEquals("*", result.header("Vary"));
        assertEquals("gzip", result.header("Content-Encoding"));
    }

    // ---- What is never compressed ----------------------------------------------------------

    @Test
    void requestWithRangeIsNotCompressed() {
        Result result = compressing("/text", (req, resp) -> resp.text(LARGE_TEXT))
                .get("/text").header("Accept-Encoding", "gzip").header("Range", "bytes=0-99").send();
        assertNull(result.header("Content-Encoding"));
        assertEquals("Accept-Encoding", result.header("Vary"));
        assertEquals(LARGE_TEXT, result.text());
    }

    @Test
    void partialContentIsNotCompressed() {
        Result result = getGzip(compressing("/part", (req, resp) -> resp.status(206)
                .contentRange(0, LARGE_BYTES.length - 1, 100_000).text(LARGE_TEXT)), "/part");
        assertNull(result.header("Content-Encoding"));
        assertNull(result.header("Vary"));
        assertEquals(LARGE_TEXT, result.text());
    }

    @Test
    void notModifiedHasNoBodyButVaries() {
        Result result = getGzip(compressing("/text", (req, resp) -> resp.status(304).etag("v1").text(LARGE_TEXT)), "/text");
        assertEquals(304, result.status());
        assertNull(result.header("Content-Encoding"));
        assertEquals("Accept-Encoding", result.header("Vary"));
        assertEquals("\"v1\"", result.header("ETag"));
        assertEquals(0, result.content().length);
    }

    @Test
    void noContentIsLeftAlone() {
        Result result = getGzip(compressing("/none", (req, resp) -> resp.status(204)), "/none");
        assertNull(result.header("Content-Encoding"));
        assertNull(result.header("Vary"));
    }

    @Test
    void bodyTheResponderEncodedIsLeftAlone() {
        Result result = getGzip(compressing("/encoded", (req, resp) -> resp.contentType("text/plain")
                .setHeader("Content-Encoding", "br").data(LARGE_BYTES)), "/encoded");
        assertEquals("br", result.header("Content-Encoding"));
        assertNull(result.header("Vary"));
        assertArrayEquals(LARGE_BYTES, result.content());
    }

    @Test
    void noTransformOptsAResponseOut() {
        Result result = getGzip(compressing("/secret", (req, resp) -> resp.cacheControl("private", "no-transform")
                .text(LARGE_TEXT)), "/secret");
        assertNull(result.header("Content-Encoding"));
        assertEquals(LARGE_TEXT, result.text());
    }

    @Test
    void headGetsTheHeadersOfGetWithoutTheBody() {
        TestClient client = compressing("/text", (req, resp) -> resp.etag("v1").text(LARGE_TEXT));
        Result result = client.head("/text").header("Accept-Encoding", "gzip").send();
        assertEquals(200, result.status());
        assertEquals("gzip", result.header("Content-Encoding"));
        assertEquals("Accept-Encoding", result.header("Vary"));
        assertEquals("W/\"v1\"", result.header("ETag"));
        assertNull(result.header("Content-Length"), "the compressed length is not known without compressing");
        assertEquals(0, result.content().length);
    }

    // ---- ETag ------------------------------------------------------------------------------

    @Test
    void strongETagOfACompressedBodyBecomesWeak() {
        Result result = getGzip(compressing("/text", (req, resp) -> resp.etag("v1").text(LARGE_TEXT)), "/text");
        assertEquals("W/\"v1\"", result.header("ETag"));
    }

    @Test
    void weakETagStaysAsItIs() {
        Result result = getGzip(compressing("/text", (req, resp) -> resp.etag("W/\"v1\"").text(LARGE_TEXT)), "/text");
        assertEquals("W/\"v1\"", result.header("ETag"));
    }

    @Test
    void identityBodyKeepsItsStrongETag() {
        Result result = compressing("/text", (req, resp) -> resp.etag("v1").text(LARGE_TEXT)).simulateGet("/text");
        assertEquals("\"v1\"", result.header("ETag"));
    }

    // ---- Streams, writers and files --------------------------------------------------------

    @Test
    void streamIsCompressedAsItIsSent() {
        Result result = getGzip(compressing("/stream", (req, resp) -> resp.contentType("text/plain")
                .stream(new ByteArrayInputStream(LARGE_BYTES), LARGE_BYTES.length)), "/stream");
        assertEquals("gzip", result.header("Content-Encoding"));
        assertNull(result.header("Content-Length"));
        assertEquals("chunked", result.header("Transfer-Encoding"));
        assertArrayEquals(LARGE_BYTES, gunzip(result.content()));
    }

    @Test
    void streamOfUnknownLengthIsCompressed() {
        Result result = getGzip(compressing("/stream", (req, resp) -> resp.contentType("text/plain")
                .stream(new ByteArrayInputStream(LARGE_BYTES))), "/stream");
        assertEquals("gzip", result.header("Content-Encoding"));
        assertArrayEquals(LARGE_BYTES, gunzip(result.content()));
    }

    @Test
    void writerIsCompressedAsItWrites() {
        Result result = getGzip(compressing("/csv", (req, resp) -> resp.contentType("text/csv").stream(out -> {
            for (int i = 0; i < 1000; i++) {
                out.write(("row " + i + ",value\n").getBytes(StandardCharsets.US_ASCII));
                if (i % 100 == 0) {
                    out.flush();
                }
            }
        })), "/csv");
        assertEquals("gzip", result.header("Content-Encoding"));
        String csv = new String(gunzip(result.content()), StandardCharsets.US_ASCII);
        assertTrue(csv.startsWith("row 0,value\nrow 1,value\n"));
        assertTrue(csv.endsWith("row 999,value\n"));
    }

    @Test
    void fileIsCompressedAndItsChannelClosed(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("page.html"), LARGE_BYTES);
        FileChannel[] opened = new FileChannel[1];
        Result result = getGzip(compressing("/page", (req, resp) -> {
            opened[0] = FileChannel.open(file);
            resp.contentType("text/html").file(opened[0], 0, LARGE_BYTES.length);
        }), "/page");
        assertEquals("gzip", result.header("Content-Encoding"));
        assertArrayEquals(LARGE_BYTES, gunzip(result.content()));
        assertFalse(opened[0].isOpen());
    }

    @Test
    void staticFileIsCompressedAndRevalidatesWithItsWeakTag(@TempDir Path dir) throws IOException {
        Files.write(dir.resolve("app.js"), LARGE_BYTES);
        App app = new App();
        app.addStaticRoute("/static", dir);
        app.responseOptions().compression(ResponseCompression.gzip());
        TestClient client = new TestClient(app);
        Result first = getGzip(client, "/static/app.js");
        assertEquals("gzip", first.header("Content-Encoding"));
        assertTrue(first.header("ETag").startsWith("W/\""), first.header("ETag"));
        assertArrayEquals(LARGE_BYTES, gunzip(first.content()));
        Result again = client.get("/static/app.js").header("Accept-Encoding", "gzip")
                .header("If-None-Match", first.header("ETag")).send();
        assertEquals(304, again.status());
        assertEquals("Accept-Encoding", again.header("Vary"));
        Result range = client.get("/static/app.js").header("Accept-Encoding", "gzip").header("Range", "bytes=0-9").send();
        assertEquals(206, range.status());
        assertNull(range.header("Content-Encoding"));
        assertEquals(LARGE_TEXT.substring(0, 10), range.text());
    }

    // ---- Configuration ---------------------------------------------------------------------

    @Test
    void compressionCannotChangeOnceServing() {
        App app = new App();
        app.get("/text", (req, resp) -> resp.text("ok"));
        new TestClient(app).simulateGet("/text");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> app.responseOptions().compression(ResponseCompression.gzip()));
        assertTrue(e.getMessage().contains("compression"), e.getMessage());
    }

    @Test
    void settingsAreCheckedNamingTheFix() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GzipCoding.level(0)).getMessage().contains("1 (fastest) to 9"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ResponseCompression.of()).getMessage().contains("GzipCoding"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ResponseCompression.of(GzipCoding.level(1), GzipCoding.level(6)))
                .getMessage().contains("'gzip'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ResponseCompression.of(new NamedGzip("Gzip")))
                .getMessage().contains("lower-case token"));
        assertThrows(IllegalArgumentException.class, () -> ResponseCompression.gzip().minimumSize(-1));
        assertThrows(IllegalArgumentException.class, () -> ResponseCompression.gzip().compressibleTypes("json"));
    }

    /** gzip under another name, to tell codings apart. */
    private record NamedGzip(String name) implements ContentCoding {
        @Override
        public byte[] encode(byte[] content) {
            return GzipCoding.defaults().encode(content);
        }

        @Override
        public java.io.InputStream encode(java.io.InputStream content) {
            return GzipCoding.defaults().encode(content);
        }

        @Override
        public java.io.OutputStream encode(java.io.OutputStream sink) throws IOException {
            return GzipCoding.defaults().encode(sink);
        }
    }
}
