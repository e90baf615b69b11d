package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.errors.HttpConflict;
import dev.peregrine.spi.ResponseBody;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file region as a response body: rendered like a stream of known length, released exactly once. */
class ResponseFileBodyTest {

    @TempDir
    Path dir;

    private Path file;
    private FileChannel channel;
    private final AtomicInteger releases = new AtomicInteger();

    @BeforeEach
    void openFile() throws IOException {
        file = Files.writeString(dir.resolve("digits.txt"), "0123456789");
        channel = FileChannel.open(file, StandardOpenOption.READ);
    }

    private FileRegionBody counted(long position, long count) {
        return new FileRegionBody(channel, position, count, releases::incrementAndGet);
    }

    private TestClient client(Responder responder) {
        return new TestClient(new App().get("/f", responder));
    }

    @Test
    void fileBodyIsOctetStreamWithTheRegionsLength() {
        Result result = client((req, resp) -> resp.file(counted(2, 5))).simulateGet("/f");
        assertEquals("23456", result.text());
        assertEquals("5", result.header("Content-Length"));
        assertEquals("application/octet-stream", result.contentType());
        assertEquals(1, releases.get());
    }

    @Test
    void explicitContentTypeWinsOverTheFileDefault() {
        Result result = client((req, resp) -> resp.contentType("text/plain").file(counted(0, 3))).simulateGet("/f");
        assertEquals("text/plain", result.contentType());
        assertEquals("012", result.text());
    }

    @Test
    void aChannelTheResponseOwnsIsClosedOnceSent() {
        Result result = client((req, resp) -> resp.file(channel, 0, 10)).simulateGet("/f");
        assertEquals("0123456789", result.text());
        assertFalse(channel.isOpen());
    }

    @Test
    void headKeepsTheLengthAndReleasesTheFileUnsent() {
        Result result = client((req, resp) -> resp.file(counted(0, 10))).simulateHead("/f");
        assertEquals("10", result.header("Content-Length"));
        assertEquals(0, result.content().length);
        assertEquals(1, releases.get());
    }

    @Test
    void notModifiedReleasesTheFileUnsent() {
        Result result = client((req, resp) -> resp.status(304).file(counted(0, 10))).simulateGet("/f");
        assertEquals(304, result.status());
        assertNull(result.header("Content-Length"));
        assertEquals(1, releases.get());
    }

    @Test
    void anotherBodyWinsAndTheFileIsReleased() {
        Result result = client((req, resp) -> resp.file(counted(0, 10)).text("text")).simulateGet("/f");
        assertEquals("text", result.text());
        assertEquals(1, releases.get());
    }

    @Test
    void anErrorAfterTheFileWasSetReleasesIt() {
        Result result = client((req, resp) -> {
            resp.file(counted(0, 10));
            throw new HttpConflict();
        }).simulateGet("/f");
        assertEquals(409, result.status());
        assertEquals(1, releases.get());
    }

    @Test
    void settingAnotherFileReleasesTheFirst() {
        AtomicInteger secondReleases = new AtomicInteger();
        Result result = client((req, resp) -> resp.file(counted(0, 10))
                .file(new FileRegionBody(channel, 8, 2, secondReleases::incrementAndGet))).simulateGet("/f");
        assertEquals("89", result.text());
        assertEquals(1, releases.get());
        assertEquals(1, secondReleases.get());
    }

    @Test
    void theRenderedResponseOffersTheRegionAndAStreamThatReleaseOnceBetweenThem() throws IOException {
        App app = new App();
        app.get("/f", (req, resp) -> resp.file(counted(1, 4)));
        ResponseBody.File body = (ResponseBody.File) app.handle(RawExchange.get("/f")).body();
        FileRegionBody region = body.region();
        assertEquals(1, region.position());
        assertEquals(4, region.count());
        region.release();
        body.openStream().close();
        region.release();
        assertEquals(1, releases.get());
    }

    @Test
    void aFileShorterThanTheRegionFailsTheStreamInsteadOfHanging() throws IOException {
        App app = new App();
        app.get("/f", (req, resp) -> resp.file(counted(0, 10)));
        ResponseBody.File answer = (ResponseBody.File) app.handle(RawExchange.get("/f")).body();
        Files.writeString(file, "0123");
        try (InputStream body = answer.openStream()) {
            assertThrows(EOFException.class, body::readAllBytes);
        }
        assertEquals(1, releases.get());
    }

    @Test
    void negativePositionOrCountIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new FileRegionBody(channel, -1, 1, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> new FileRegionBody(channel, 0, -1, () -> { }));
    }
}
