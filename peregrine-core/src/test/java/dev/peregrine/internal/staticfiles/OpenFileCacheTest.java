package dev.peregrine.internal.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The open-file cache, observed through a counting opener and a clock the test moves. */
class OpenFileCacheTest {

    private static final long SECOND = 1_000_000_000L;

    @TempDir
    Path dir;

    private Path root;
    private final AtomicInteger opens = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong(1_000 * SECOND);

    @BeforeEach
    void createFiles() throws IOException {
        root = Files.createDirectory(dir.resolve("root")).toRealPath();
        Files.writeString(root.resolve("a.txt"), "version one");
        Files.writeString(root.resolve("b.txt"), "b");
        Files.writeString(root.resolve("c.txt"), "c");
    }

    private OpenFileCache cache(int maxEntries) {
        FileOpener counting = path -> {
            opens.incrementAndGet();
            return FileOpener.READ_ONLY.open(path);
        };
        return new OpenFileCache(root, Duration.ofSeconds(1), maxEntries, new FileContentTypes(Map.of()), counting, clock::get);
    }

    private void advance(long nanos) {
        clock.addAndGet(nanos);
    }

    private static String read(FileChannel channel, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        channel.read(buffer, 0);
        return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
    }

    @Test
    void aSecondRequestDoesNotReopenTheFile() {
        OpenFileCache cache = cache(16);
        OpenFile first = cache.acquire("a.txt");
        first.release();
        OpenFile second = cache.acquire("a.txt");
        second.release();
        assertSame(first, second);
        assertEquals(1, opens.get());
        assertTrue(second.isOpen());
    }

    @Test
    void withinTheTtlAChangedFileIsServedAsCached() throws IOException {
        OpenFileCache cache = cache(16);
        cache.acquire("a.txt").release();
        Files.writeString(root.resolve("a.txt"), "version two, longer");
        advance(SECOND / 2);
        OpenFile file = cache.acquire("a.txt");
        assertEquals(11, file.size());
        assertEquals(1, opens.get());
        file.release();
    }

    @Test
    void pastTheTtlAnUnchangedFileKeepsItsChannel() {
        OpenFileCache cache = cache(16);
        OpenFile first = cache.acquire("a.txt");
        first.release();
        advance(2 * SECOND);
        OpenFile again = cache.acquire("a.txt");
        assertSame(first, again);
        assertEquals(1, opens.get());
        again.release();
    }

    @Test
    void pastTheTtlAChangedFileIsReopened() throws IOException {
        OpenFileCache cache = cache(16);
        OpenFile first = cache.acquire("a.txt");
        first.release();
        Files.writeString(root.resolve("a.txt"), "version two, longer");
        advance(SECOND);
        OpenFile second = cache.acquire("a.txt");
        assertNotSame(first, second);
        assertEquals(19, second.size());
        assertEquals(2, opens.get());
        assertFalse(first.isOpen(), "the replaced entry had no reader left, so its channel is closed");
        second.release();
    }

    @Test
    void aReplacedFileStaysReadableForTheResponseStillSendingIt() throws IOException {
        OpenFileCache cache = cache(16);
        OpenFile inFlight = cache.acquire("a.txt");
        Path replacement = Files.writeString(root.resolve("a.txt.new"), "version two");
        Files.move(replacement, root.resolve("a.txt"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        advance(SECOND);
        OpenFile fresh = cache.acquire("a.txt");
        assertNotSame(inFlight, fresh);
        assertEquals("version two", read(fresh.channel(), 64));
        assertTrue(inFlight.isOpen());
        assertEquals("version one", read(inFlight.channel(), 64));
        inFlight.release();
        assertFalse(inFlight.isOpen());
        fresh.release();
        assertTrue(fresh.isOpen(), "the cache still holds the new one");
    }

    @Test
    void aDeletedFileIsForgottenPastTheTtl() throws IOException {
        OpenFileCache cache = cache(16);
        OpenFile file = cache.acquire("a.txt");
        file.release();
        Files.delete(root.resolve("a.txt"));
        advance(SECOND);
        assertNull(cache.acquire("a.txt"));
        assertEquals(0, cache.size());
        assertFalse(file.isOpen());
    }

    @Test
    void aSymbolicLinkRepointedOutsideIsRefusedPastTheTtl() throws IOException {
        Path outside = Files.writeString(dir.resolve("outside.txt"), "secret");
        Path link = Files.createSymbolicLink(root.resolve("link.txt"), root.resolve("b.txt"));
        OpenFileCache cache = cache(16);
        cache.acquire("link.txt").release();
        Files.delete(link);
        Files.createSymbolicLink(link, outside);
        advance(SECOND);
        assertNull(cache.acquire("link.txt"));
    }

    @Test
    void pastTheMaximumTheLeastRecentlyUsedFileIsClosed() {
        OpenFileCache cache = cache(2);
        OpenFile a = cache.acquire("a.txt");
        a.release();
        advance(SECOND / 10);
        OpenFile b = cache.acquire("b.txt");
        b.release();
        advance(SECOND / 10);
        cache.acquire("a.txt").release();
        advance(SECOND / 10);
        OpenFile c = cache.acquire("c.txt");
        c.release();
        assertEquals(2, cache.size());
        assertFalse(b.isOpen());
        assertTrue(a.isOpen());
        assertTrue(c.isOpen());
    }

    @Test
    void anEvictedFileStaysOpenUntilItsLastResponseIsDone() {
        OpenFileCache cache = cache(1);
        OpenFile a = cache.acquire("a.txt");
        advance(SECOND / 10);
        cache.acquire("b.txt").release();
        assertEquals(1, cache.size());
        assertTrue(a.isOpen());
        a.release();
        assertFalse(a.isOpen());
    }

    @Test
    void withoutEntriesEveryRequestOpensAndClosesItsOwnFile() {
        OpenFileCache cache = cache(0);
        OpenFile first = cache.acquire("a.txt");
        first.release();
        OpenFile second = cache.acquire("a.txt");
        assertNotSame(first, second);
        assertFalse(first.isOpen());
        second.release();
        assertFalse(second.isOpen());
        assertEquals(2, opens.get());
        assertEquals(0, cache.size());
    }

    @Test
    void aChannelClosedUnderTheCacheIsReopened() throws IOException {
        OpenFileCache cache = cache(16);
        OpenFile first = cache.acquire("a.txt");
        first.release();
        first.channel().close();
        OpenFile second = cache.acquire("a.txt");
        assertNotSame(first, second);
        assertEquals("version one", read(second.channel(), 64));
        second.release();
    }

    @Test
    void aDirectoryOrAMissingFileIsNotOpened() throws IOException {
        Files.createDirectory(root.resolve("sub"));
        OpenFileCache cache = cache(16);
        assertNull(cache.acquire("sub"));
        assertNull(cache.acquire("missing.txt"));
        assertEquals(0, opens.get());
    }

    @Test
    void validatorsAreFormattedFromTheFile() throws IOException {
        Files.setLastModifiedTime(root.resolve("a.txt"),
                FileTime.from(Instant.parse("2024-05-06T07:08:09.500Z")));
        OpenFile file = cache(16).acquire("a.txt");
        assertEquals("\"663881d9-b\"", file.etag());
        assertEquals("Mon, 06 May 2024 07:08:09 GMT", file.lastModified());
        assertEquals("text/plain; charset=utf-8", file.contentType());
        assertTrue(file.hasOpaqueTag("663881d9-b"));
        assertFalse(file.hasOpaqueTag("663881d9-c"));
        file.release();
    }
}
