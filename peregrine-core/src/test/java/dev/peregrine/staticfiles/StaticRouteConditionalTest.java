package dev.peregrine.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.peregrine.App;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditional requests (304) and byte ranges (206, 416) on a static file of 26 bytes. */
class StaticRouteConditionalTest {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";
    private static final String ETAG = "\"663881d9-1a\"";
    private static final String LAST_MODIFIED = "Mon, 06 May 2024 07:08:09 GMT";

    @TempDir
    Path dir;

    private TestClient client;

    @BeforeEach
    void createFile() throws IOException {
        Path file = Files.writeString(dir.resolve("abc.txt"), ALPHABET);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2024-05-06T07:08:09.500Z")));
        client = new TestClient(new App().addStaticRoute("/static", dir));
    }

    private Result get(String header, String value) {
        return client.get("/static/abc.txt").header(header, value).send();
    }

    private static void assertNotModified(Result result) {
        assertEquals(304, result.status());
        assertEquals(0, result.content().length);
        assertEquals(ETAG, result.header("ETag"));
        assertEquals(LAST_MODIFIED, result.header("Last-Modified"));
        assertNull(result.header("Content-Type"));
        assertNull(result.header("Content-Length"));
    }

    // ---- 304 ---------------------------------------------------------------------------------

    @Test
    void ifNoneMatchWithTheCurrentEtagIs304() {
        assertNotModified(get("If-None-Match", ETAG));
    }

    @Test
    void ifNoneMatchComparesWeakly() {
        assertNotModified(get("If-None-Match", "\"other\", W/" + ETAG));
    }

    @Test
    void ifNoneMatchStarIs304() {
        assertNotModified(get("If-None-Match", "*"));
    }

    @Test
    void ifNoneMatchWithAnotherEtagServesTheFile() {
        Result result = get("If-None-Match", "\"663881d9-1b\"");
        assertEquals(200, result.status());
        assertEquals(ALPHABET, result.text());
    }

    @Test
    void ifModifiedSinceAtTheModificationSecondIs304() {
        assertNotModified(get("If-Modified-Since", LAST_MODIFIED));
    }

    @Test
    void ifModifiedSinceAfterTheModificationIs304() {
        assertNotModified(get("If-Modified-Since", "Tue, 07 May 2024 00:00:00 GMT"));
    }

    @Test
    void ifModifiedSinceBeforeTheModificationServesTheFile() {
        Result result = get("If-Modified-Since", "Mon, 06 May 2024 07:08:08 GMT");
        assertEquals(200, result.status());
        assertEquals(ALPHABET, result.text());
    }

    @Test
    void ifNoneMatchTakesPrecedenceOverIfModifiedSince() {
        Result result = client.get("/static/abc.txt").header("If-None-Match", "\"stale\"")
                .header("If-Modified-Since", "Tue, 07 May 2024 00:00:00 GMT").send();
        assertEquals(200, result.status());
    }

    @Test
    void malformedIfModifiedSinceIsIgnored() {
        Result result = get("If-Modified-Since", "yesterday");
        assertEquals(200, result.status());
        assertEquals(ALPHABET, result.text());
    }

    @Test
    void headWithMatchingEtagIs304() {
        Result result = client.head("/static/abc.txt").header("If-None-Match", ETAG).send();
        assertNotModified(result);
    }

    // ---- 206 ---------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource({
        "bytes=0-4, 0, 4, abcde",
        "bytes=3-3, 3, 3, d",
        "bytes=20-, 20, 25, uvwxyz",
        "bytes=-3, 23, 25, xyz",
        "bytes=24-100, 24, 25, yz",
        "bytes=-100, 0, 25, abcdefghijklmnopqrstuvwxyz",
        "BYTES=1-2, 1, 2, bc",
    })
    void rangeIs206WithExactlyThoseBytes(String range, long first, long last, String bytes) {
        Result result = get("Range", range);
        assertEquals(206, result.status());
        assertEquals(bytes, result.text());
        assertEquals("bytes " + first + "-" + last + "/26", result.header("Content-Range"));
        assertEquals(Long.toString(last - first + 1), result.header("Content-Length"));
        assertEquals("text/plain; charset=utf-8", result.contentType());
        assertEquals(ETAG, result.header("ETag"));
        assertEquals("bytes", result.header("Accept-Ranges"));
    }

    @Test
    void headWithRangeIs206WithoutBody() {
        Result result = client.head("/static/abc.txt").header("Range", "bytes=0-9").send();
        assertEquals(206, result.status());
        assertEquals("bytes 0-9/26", result.header("Content-Range"));
        assertEquals("10", result.header("Content-Length"));
        assertEquals(0, result.content().length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=26-", "bytes=26-30", "bytes=1000-2000"})
    void rangeStartingAtOrPastTheEndIs416WithTheSize(String range) {
        Result result = get("Range", range);
        assertEquals(416, result.status());
        assertEquals("bytes */26", result.header("Content-Range"));
        assertEquals(Map.of("title", "416 Range Not Satisfiable"), result.json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=0-1,3-4", "bytes=5-2", "bytes=x-y", "bytes=-", "0-4", "bytes=-0", "items=0-4"})
    void malformedMultipleOrForeignRangesAreIgnoredAndTheFileServed(String range) {
        Result result = get("Range", range);
        assertEquals(200, result.status());
        assertEquals(ALPHABET, result.text());
        assertNull(result.header("Content-Range"));
    }

    @Test
    void rangeOfAnEmptyFileIsIgnored() throws IOException {
        Files.writeString(dir.resolve("empty.txt"), "");
        Result result = client.get("/static/empty.txt").header("Range", "bytes=0-10").send();
        assertEquals(200, result.status());
        assertEquals("0", result.header("Content-Length"));
    }

    @Test
    void ifRangeWithTheCurrentEtagHonoursTheRange() {
        Result result = client.get("/static/abc.txt").header("Range", "bytes=0-1").header("If-Range", ETAG).send();
        assertEquals(206, result.status());
        assertEquals("ab", result.text());
    }

    @Test
    void ifRangeWithTheCurrentDateHonoursTheRange() {
        Result result = client.get("/static/abc.txt").header("Range", "bytes=0-1").header("If-Range", LAST_MODIFIED).send();
        assertEquals(206, result.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"stale\"", "W/\"663881d9-1a\"", "Mon, 06 May 2024 07:08:08 GMT", "garbage"})
    void ifRangeThatDoesNotMatchSendsTheWholeFile(String ifRange) {
        Result result = client.get("/static/abc.txt").header("Range", "bytes=0-1").header("If-Range", ifRange).send();
        assertEquals(200, result.status());
        assertEquals(ALPHABET, result.text());
    }

    @Test
    void notModifiedWinsOverRange() {
        Result result = client.get("/static/abc.txt").header("Range", "bytes=0-1").header("If-None-Match", ETAG).send();
        assertEquals(304, result.status());
    }
}
