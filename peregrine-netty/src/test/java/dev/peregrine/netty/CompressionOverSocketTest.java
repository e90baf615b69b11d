package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.peregrine.App;
import dev.peregrine.compression.ResponseCompression;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compressed responses as the server puts them on the wire: whole, chunked, pipelined, and HEAD. */
class CompressionOverSocketTest {

    private static final byte[] TEXT = "The quick brown fox jumps over the lazy dog. ".repeat(4000)
            .getBytes(StandardCharsets.US_ASCII);

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PeregrineServer start(Path dir) throws IOException {
        Files.write(dir.resolve("big.txt"), TEXT);
        App app = new App();
        app.get("/text", (req, resp) -> resp.data(TEXT).contentType("text/plain"));
        app.get("/csv", (req, resp) -> resp.contentType("text/csv").stream(out -> {
            for (int i = 0; i < TEXT.length; i += 1000) {
                out.write(TEXT, i, Math.min(1000, TEXT.length - i));
            }
        }));
        app.addStaticRoute("/static", dir);
        app.responseOptions().compression(ResponseCompression.gzip());
        return Servers.start(app, b -> b);
    }

    @Test
    void bodyInMemoryGoesOutCompressedWithItsLength(@TempDir Path dir) throws IOException {
        PeregrineServer server = start(dir);
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            RawResponse response = client.send("GET /text HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n").read();
            assertEquals("gzip", response.header("Content-Encoding"));
            assertEquals("Accept-Encoding", response.header("Vary"));
            assertEquals(Integer.toString(response.body().length), response.header("Content-Length"));
            assertArrayEquals(TEXT, gunzip(response.body()));
        } finally {
            server.stop();
        }
    }

    @Test
    void pipelinedWriterFileAndIdentityAnswersComeBackInOrder(@TempDir Path dir) throws IOException {
        PeregrineServer server = start(dir);
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /csv HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n"
                    + "GET /static/big.txt HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: br, gzip\r\n\r\n"
                    + "GET /text HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    + "GET /static/big.txt HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\nRange: bytes=0-99\r\n\r\n");
            RawResponse writer = client.read();
            assertEquals("gzip", writer.header("Content-Encoding"));
            assertEquals("chunked", writer.header("Transfer-Encoding"));
            assertArrayEquals(TEXT, gunzip(writer.body()));

            RawResponse file = client.read();
            assertEquals("gzip", file.header("Content-Encoding"));
            assertEquals("chunked", file.header("Transfer-Encoding"));
            assertNull(file.header("Content-Length"));
            assertArrayEquals(TEXT, gunzip(file.body()));

            RawResponse identity = client.read();
            assertNull(identity.header("Content-Encoding"));
            assertEquals("Accept-Encoding", identity.header("Vary"));
            assertArrayEquals(TEXT, identity.body());

            RawResponse range = client.read();
            assertEquals(206, range.status());
            assertNull(range.header("Content-Encoding"));
            assertEquals("100", range.header("Content-Length"));
        } finally {
            server.stop();
        }
    }

    @Test
    void headAnnouncesTheCodingWithoutABody(@TempDir Path dir) throws IOException {
        PeregrineServer server = start(dir);
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("HEAD /text HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: gzip\r\n\r\n");
            RawResponse head = client.read(true);
            assertEquals(200, head.status());
            assertEquals("gzip", head.header("Content-Encoding"));
            assertNull(head.header("Content-Length"));
            assertNull(head.header("Transfer-Encoding"));
            RawResponse next = client.get("/text");
            assertEquals(200, next.status(), "the connection is still in step after the HEAD");
            assertArrayEquals(TEXT, next.body());
        } finally {
            server.stop();
        }
    }
}
