package dev.peregrine.staticfiles;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.FileRegionBody;
import dev.peregrine.RawExchange;
import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The open-file cache seen from the app: the rendered response's file region shows which channel
 * served it, so reopening is observed by identity, never by timing.
 */
class StaticRouteCacheTest {

    @TempDir
    Path dir;

    @BeforeEach
    void createFiles() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "version one");
        Files.writeString(dir.resolve("b.txt"), "b");
    }

    private static App app(Path dir, StaticRouteOptions options) {
        return new App().addStaticRoute("/static", dir, options);
    }

    /** The file region a rendered response sends. */
    private static FileRegionBody region(RenderedResponse answer) {
        return ((ResponseBody.File) answer.body()).region();
    }

    /** Reads a rendered response's body as a server that only knows streams would, then closes it. */
    private static String drain(RenderedResponse answer) throws IOException {
        try (InputStream body = ((ResponseBody.File) answer.body()).openStream()) {
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void replaceAtomically(String name, String content, Instant modified) throws IOException {
        Path next = Files.writeString(dir.resolve(name + ".next"), content);
        Files.setLastModifiedTime(next, FileTime.from(modified));
        Files.move(next, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void aSecondRequestReusesTheOpenFile() throws IOException {
        App app = app(dir, new StaticRouteOptions());
        RenderedResponse first = app.handle(RawExchange.get("/static/a.txt"));
        FileChannel channel = region(first).channel();
        assertEquals("version one", drain(first));
        RenderedResponse second = app.handle(RawExchange.get("/static/a.txt"));
        assertSame(channel, region(second).channel());
        assertEquals("version one", drain(second));
        assertTrue(channel.isOpen(), "the cache keeps it open");
    }

    @Test
    void theFileRegionNamesExactlyTheRangeForZeroCopy() throws IOException {
        App app = app(dir, new StaticRouteOptions());
        RenderedResponse resp = app.handle(new RawExchange("GET", "/static/a.txt", Map.of("Range", "bytes=3-6")));
        FileRegionBody region = region(resp);
        assertEquals(206, resp.status());
        assertEquals(3, region.position());
        assertEquals(4, region.count());
        assertEquals("4", resp.header("Content-Length"));
        assertEquals("sion", drain(resp));
    }

    @Test
    void aChangedFileIsSeenOnceTheTtlHasPassed() throws IOException {
        App app = app(dir, new StaticRouteOptions().cacheTtl(Duration.ZERO));
        RenderedResponse before = app.handle(RawExchange.get("/static/a.txt"));
        FileChannel oldChannel = region(before).channel();
        assertEquals("version one", drain(before));
        replaceAtomically("a.txt", "version two!", Instant.parse("2030-01-01T00:00:00Z"));
        RenderedResponse after = app.handle(RawExchange.get("/static/a.txt"));
        assertNotSame(oldChannel, region(after).channel());
        assertEquals("\"70dbd880-c\"", after.header("ETag"));
        assertEquals("version two!", drain(after));
        assertFalse(oldChannel.isOpen(), "the stale channel is closed once nothing reads it");
    }

    @Test
    void unchangedFilesKeepTheirChannelWhenCheckedAgain() throws IOException {
        App app = app(dir, new StaticRouteOptions().cacheTtl(Duration.ZERO));
        RenderedResponse first = app.handle(RawExchange.get("/static/a.txt"));
        drain(first);
        RenderedResponse second = app.handle(RawExchange.get("/static/a.txt"));
        assertSame(region(first).channel(), region(second).channel());
        drain(second);
    }

    @Test
    void withinTheTtlTheFileIsServedAsItWasCached() throws IOException {
        TestClient client = new TestClient(app(dir, new StaticRouteOptions().cacheTtl(Duration.ofHours(1))));
        Result before = client.simulateGet("/static/a.txt");
        replaceAtomically("a.txt", "version two!", Instant.parse("2030-01-01T00:00:00Z"));
        Result after = client.simulateGet("/static/a.txt");
        assertEquals("version one", after.text());
        assertEquals(before.header("ETag"), after.header("ETag"));
    }

    @Test
    void aResponseStillSendingTheOldFileIsNotCutShort() throws IOException {
        App app = app(dir, new StaticRouteOptions().cacheTtl(Duration.ZERO));
        RenderedResponse inFlight = app.handle(RawExchange.get("/static/a.txt"));
        InputStream body = ((ResponseBody.File) inFlight.body()).openStream();
        byte[] start = body.readNBytes(4);
        replaceAtomically("a.txt", "version two!", Instant.parse("2030-01-01T00:00:00Z"));
        assertEquals("version two!", drain(app.handle(RawExchange.get("/static/a.txt"))));
        byte[] rest = body.readAllBytes();
        assertEquals("version one", new String(start, StandardCharsets.UTF_8) + new String(rest, StandardCharsets.UTF_8));
        FileChannel oldChannel = region(inFlight).channel();
        assertTrue(oldChannel.isOpen());
        body.close();
        assertFalse(oldChannel.isOpen());
    }

    @Test
    void headAndNotModifiedGiveTheFileBackToTheCache() throws IOException {
        App app = app(dir, new StaticRouteOptions().cacheMaxEntries(1));
        RenderedResponse get = app.handle(RawExchange.get("/static/a.txt"));
        FileChannel channel = region(get).channel();
        drain(get);
        RenderedResponse head = app.handle(new RawExchange("HEAD", "/static/a.txt", Map.of()));
        assertSame(ResponseBody.NONE, head.body());
        RenderedResponse notModified = app.handle(new RawExchange("GET", "/static/a.txt", Map.of("If-None-Match", "*")));
        assertEquals(304, notModified.status());
        assertSame(ResponseBody.NONE, notModified.body());
        drain(app.handle(RawExchange.get("/static/b.txt")));
        assertFalse(channel.isOpen(), "evicted with no response left holding it");
    }

    @Test
    void withoutCacheEveryResponseClosesItsOwnFile() throws IOException {
        App app = app(dir, new StaticRouteOptions().cacheMaxEntries(0));
        RenderedResponse first = app.handle(RawExchange.get("/static/a.txt"));
        FileChannel channel = region(first).channel();
        assertEquals("version one", drain(first));
        assertFalse(channel.isOpen());
    }

    @Test
    void concurrentReadersGetExactBytesWhileFilesAreCheckedAndEvicted() throws Exception {
        byte[] big = new byte[256 * 1024];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 131 + (i >> 8));
        }
        Files.write(dir.resolve("big.bin"), big);
        Files.write(dir.resolve("other.bin"), Arrays.copyOf(big, 1000));
        TestClient client = new TestClient(app(dir, new StaticRouteOptions().cacheTtl(Duration.ZERO).cacheMaxEntries(1)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int task = 0; task < 8; task++) {
                int seed = task;
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        int first = (seed * 7919 + i * 104_729) % big.length;
                        int last = Math.min(big.length - 1, first + 5000 + i * 97);
                        Result ranged = client.get("/static/big.bin").header("Range", "bytes=" + first + "-" + last).send();
                        assertArrayEquals(Arrays.copyOfRange(big, first, last + 1), ranged.content());
                        assertEquals(1000, client.simulateGet("/static/other.bin").content().length);
                    }
                    assertArrayEquals(big, client.simulateGet("/static/big.bin").content());
                    return "done";
                }));
            }
            for (Future<String> result : results) {
                assertEquals("done", result.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
