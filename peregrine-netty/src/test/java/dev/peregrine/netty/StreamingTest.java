package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.ResponseMiddleware;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bodies streamed both ways, with back-pressure, and clients that go away mid-body. */
class StreamingTest {

    @Test
    void firstChunkReachesTheClientBeforeTheProducerFinishes() throws Exception {
        CountDownLatch firstSeen = new CountDownLatch(1);
        App app = new App();
        app.get("/stream", (req, resp) -> {
            PipedInputStream in = new PipedInputStream();
            PipedOutputStream out = new PipedOutputStream(in);
            Thread.ofVirtual().start(() -> {
                try (out) {
                    out.write("first;".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    firstSeen.await(10, TimeUnit.SECONDS);
                    out.write("second".getBytes(StandardCharsets.UTF_8));
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            resp.stream(in);
        });
        PeregrineServer server = Servers.start(app, b -> b);
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /stream HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawResponse head = client.readHead();
            assertEquals(200, head.status());
            assertEquals("chunked", head.header("Transfer-Encoding"));
            assertNull(head.header("Content-Length"));
            assertEquals("first;", new String(client.chunk(), StandardCharsets.UTF_8));
            firstSeen.countDown();
            StringBuilder rest = new StringBuilder();
            for (byte[] chunk = client.chunk(); chunk.length > 0; chunk = client.chunk()) {
                rest.append(new String(chunk, StandardCharsets.UTF_8));
            }
            assertEquals("second", rest.toString());
            assertEquals(404, client.get("/missing").status(), "the connection serves the next request after the stream");
        } finally {
            firstSeen.countDown();
            server.stop();
        }
    }

    @Test
    void streamedResponseWaitsForASlowReader() throws Exception {
        long total = 64L * 1024 * 1024;
        AtomicLong produced = new AtomicLong();
        App app = new App();
        app.get("/big", (req, resp) -> resp.stream(new CountingZeros(total, produced), total));
        PeregrineServer server = Servers.start(app, b -> b);
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.socket().setReceiveBufferSize(64 * 1024);
            client.send("GET /big HTTP/1.1\r\nHost: localhost\r\n\r\n");
            long settled = Eventually.settledValue(produced::get);
            assertTrue(settled < total / 2, "the producer stopped at " + settled + " bytes while the client read nothing");
            RawResponse response = client.read();
            assertEquals(total, response.body().length);
            assertEquals(total, produced.get());
        } finally {
            server.stop();
        }
    }

    @Test
    void uploadStreamsToTheResponderAndWaitsForIt() throws Exception {
        long total = 64L * 1024 * 1024;
        CountDownLatch startReading = new CountDownLatch(1);
        App app = new App();
        app.post("/upload", (req, resp) -> {
            startReading.await(20, TimeUnit.SECONDS);
            InputStream body = req.stream();
            byte[] buffer = new byte[64 * 1024];
            long count = 0;
            for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
                count += n;
            }
            resp.text("read " + count);
        });
        PeregrineServer server = Servers.start(app, b -> b.maxBodySize(total));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.socket().setSendBufferSize(64 * 1024);
            AtomicLong sent = new AtomicLong();
            AtomicReference<Exception> failure = new AtomicReference<>();
            Thread sender = Thread.ofPlatform().start(() -> {
                try {
                    OutputStream out = client.socket().getOutputStream();
                    out.write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + total + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    byte[] block = new byte[64 * 1024];
                    for (long left = total; left > 0; left -= block.length) {
                        out.write(block);
                        sent.addAndGet(block.length);
                    }
                    out.flush();
                } catch (IOException e) {
                    failure.set(e);
                }
            });
            long settled = Eventually.settledValue(sent::get);
            assertTrue(settled < total / 2, "the client could send " + settled + " bytes while the responder read nothing");
            startReading.countDown();
            sender.join(30_000);
            assertNull(failure.get());
            assertEquals("read " + total, client.read().text());
        } finally {
            startReading.countDown();
            server.stop();
        }
    }

    @Test
    void clientLeavingMidBodyFailsTheReadAndFreesTheRequest() throws Exception {
        AtomicReference<Throwable> seen = new AtomicReference<>();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch failed = new CountDownLatch(1);
        App app = new App();
        app.post("/upload", (req, resp) -> {
            reading.countDown();
            try {
                req.stream().readAllBytes();
            } catch (IOException e) {
                seen.set(e);
                failed.countDown();
                throw e;
            }
        });
        app.get("/ok", (req, resp) -> resp.text("ok"));
        PeregrineServer server = Servers.start(app, b -> b.maxConcurrentRequests(1));
        try {
            try (RawHttpClient client = new RawHttpClient(server.port())) {
                client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\npartial");
                assertTrue(reading.await(10, TimeUnit.SECONDS));
            }
            assertTrue(failed.await(10, TimeUnit.SECONDS), "the responder's read fails when the client leaves");
            assertTrue(seen.get() instanceof IOException, String.valueOf(seen.get()));
            assertEquals(200, eventualStatusOf(server, "/ok"), "the abandoned request stops counting as in flight");
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/raw", "/json"})
    void clientLeavingMidBodyIsLoggedWithoutAnErrorOrStackTrace(String path) throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch answered = new CountDownLatch(1);
        App app = new App();
        app.addMiddleware((ResponseMiddleware) (req, resp, resource, succeeded) -> answered.countDown());
        app.post("/raw", (req, resp) -> {
            reading.countDown();
            resp.text("read " + req.stream().readAllBytes().length);
        });
        app.post("/json", (req, resp) -> {
            reading.countDown();
            resp.media(req.media(Map.class));
        });
        PeregrineServer server = Servers.start(app, b -> b.bufferedBodyLimit(16));
        PrintStream originalErr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            try (RawHttpClient client = new RawHttpClient(server.port())) {
                client.send("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 100000\r\n\r\n{\"a\": [1, 2, ");
                assertTrue(reading.await(10, TimeUnit.SECONDS));
            }
            assertTrue(answered.await(10, TimeUnit.SECONDS), "the request ran to its end");
        } finally {
            System.setErr(originalErr);
            server.stop();
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertFalse(log.contains("ERROR"), log);
        assertFalse(log.contains("\tat "), log);
    }

    /** The status of GET {@code path} once it is no longer 503, trying for up to ten seconds. */
    private static int eventualStatusOf(PeregrineServer server, String path) throws Exception {
        int status = 503;
        for (int attempt = 0; attempt < 200 && status == 503; attempt++) {
            try (RawHttpClient client = new RawHttpClient(server.port())) {
                status = client.get(path).status();
            }
            if (status == 503) {
                Thread.sleep(50);
            }
        }
        return status;
    }

    /** {@code total} zero bytes, counting how many were read. */
    private static final class CountingZeros extends InputStream {
        private final long total;
        private final AtomicLong produced;

        CountingZeros(long total, AtomicLong produced) {
            this.total = total;
            this.produced = produced;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            long left = total - produced.get();
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            java.util.Arrays.fill(buffer, offset, offset + n, (byte) 0);
            produced.addAndGet(n);
            return n;
        }
    }
}
