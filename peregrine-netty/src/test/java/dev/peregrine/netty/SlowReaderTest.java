package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Clients that take their responses slowly or never: a slow but steady reader gets everything, a
 * reader that takes nothing is cut by the write timeout, and a client that pipelines requests
 * without reading makes the server answer only as far as its outbound limit.
 */
class SlowReaderTest {

    private static final int LARGE = 1024 * 1024;
    private static final byte[] LARGE_BODY = largeBody();

    private static byte[] largeBody() {
        byte[] body = new byte[LARGE];
        for (int i = 0; i < body.length; i++) {
            body[i] = (byte) (i % 251);
        }
        return body;
    }

    private static App largeApp(AtomicInteger answered) {
        App app = new App();
        app.get("/large", (req, resp) -> {
            answered.incrementAndGet();
            resp.data(LARGE_BODY);
        });
        return app;
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void pipelinedRequestsOfAClientThatNeverReadsAreAnsweredOnlyUpToTheOutboundLimit(Dispatch dispatch) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        PeregrineServer server = Servers.start(largeApp(answered), b -> b.dispatch(dispatch)
                .writeTimeout(Duration.ofMillis(500)));
        int pipelined = 200;
        try (Socket client = neverReadingClient(server.port())) {
            Thread sender = Thread.ofVirtual().start(() -> sendQuietly(client,
                    "GET /large HTTP/1.1\r\nHost: localhost\r\n\r\n".repeat(pipelined)));
            Eventually.await("the server answers", () -> answered.get() > 0);
            Eventually.await("the server cut the client that takes nothing", () -> server.openConnections() == 0);
            sender.join(10_000);
        } finally {
            server.stop();
        }
        // NOTE: what the kernel's socket buffers hold (a few MiB on loopback) plus the outbound
        // limit and one response; without the limit all 200 (200 MiB) would be produced and held.
        assertTrue(answered.get() < 12, answered.get() + " responses of 1 MiB were produced for a client that read none");
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void slowButSteadyReaderGetsTheWholeResponseAlthoughItTakesLongerThanTheIdleTimeout(Dispatch dispatch) throws Exception {
        // NOTE: 16 MiB, four times what the kernel's socket buffers hold here, so most of it waits
        // in the server's outbound buffer while the client reads.
        byte[] body = new byte[16 * LARGE];
        new java.util.Random(7).nextBytes(body);
        App app = new App();
        app.get("/file", (req, resp) -> resp.data(body));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch)
                .idleTimeout(Duration.ofMillis(200)).writeTimeout(Duration.ofSeconds(10)));
        try (Socket client = neverReadingClient(server.port())) {
            client.getOutputStream().write("GET /file HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = client.getInputStream();
            byte[] head = readHead(in);
            assertTrue(new String(head, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200"));
            byte[] received = new byte[body.length];
            long started = System.nanoTime();
            int at = 0;
            while (at < received.length) {
                int n = in.read(received, at, Math.min(16 * 1024, received.length - at));
                assertTrue(n > 0, "the server closed the connection after " + at + " of " + received.length + " bytes");
                at += n;
                Thread.sleep(1);
            }
            assertArrayEquals(body, received);
            assertTrue(System.nanoTime() - started > Duration.ofMillis(400).toNanos(),
                    "the client took longer than two idle timeouts to read");
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void streamedResponseToAReaderThatTakesNothingIsCutByTheWriteTimeoutAndFreesItsThread(Dispatch dispatch) throws Exception {
        CountDownLatch streamClosed = new CountDownLatch(1);
        AtomicLong produced = new AtomicLong();
        App app = new App();
        app.get("/endless", (req, resp) -> resp.stream(new InputStream() {
            @Override
            public int read() {
                produced.incrementAndGet();
                return 'x';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                produced.addAndGet(length);
                return length;
            }

            @Override
            public void close() {
                streamClosed.countDown();
            }
        }));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch).writeTimeout(Duration.ofMillis(300)));
        try (Socket client = neverReadingClient(server.port())) {
            client.getOutputStream().write("GET /endless HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            assertTrue(streamClosed.await(20, TimeUnit.SECONDS), "the pump stops and closes the stream");
            Eventually.await("the connection is closed", () -> server.openConnections() == 0);
        } finally {
            server.stop();
        }
        assertTrue(produced.get() < 64L * LARGE, produced.get() + " bytes produced for a reader that took nothing");
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void connectionThatMustCloseReadsOnlyABoundedLingerAndCloses(Dispatch dispatch) throws Exception {
        App app = new App();
        app.get("/small", (req, resp) -> resp.text("small"));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch));
        AtomicLong junkSent = new AtomicLong();
        long junkLimit = 256L * LARGE;
        try (Socket client = neverReadingClient(server.port())) {
            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    OutputStream out = client.getOutputStream();
                    out.write(("GET /small HTTP/1.1\r\nHost: localhost\r\n\r\n".repeat(50)
                            + "GET /small HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
                    byte[] junk = new byte[64 * 1024];
                    while (junkSent.get() < junkLimit) {
                        out.write(junk);
                        junkSent.addAndGet(junk.length);
                    }
                } catch (IOException closed) {
                    // NOTE: the server closed the connection, as expected.
                }
            });
            sender.join(30_000);
            Eventually.await("the server closed the connection", () -> server.openConnections() == 0);
        } finally {
            server.stop();
        }
        // NOTE: what the socket buffers hold plus the linger's 1 MiB; a server that read on would take all 256 MiB.
        assertTrue(junkSent.get() < junkLimit, "the server went on reading junk after deciding to close");
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void connectionThatMustCloseClosesThoughItsClientNeverTakesTheAnswers(Dispatch dispatch) throws Exception {
        AtomicInteger answered = new AtomicInteger();
        PeregrineServer server = Servers.start(largeApp(answered), b -> b.dispatch(dispatch)
                .writeTimeout(Duration.ofMillis(500)));
        try (Socket client = neverReadingClient(server.port())) {
            sendQuietly(client, "GET /large HTTP/1.1\r\nHost: localhost\r\n\r\n".repeat(2)
                    + "GET /large HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n");
            Eventually.await("the server answers", () -> answered.get() == 2);
            Eventually.await("the server closed the connection", () -> server.openConnections() == 0);
        } finally {
            server.stop();
        }
    }

    /** A client with a small receive buffer that reads nothing unless the test reads. */
    private static Socket neverReadingClient(int port) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(16 * 1024);
        socket.setSoTimeout(10_000);
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        return socket;
    }

    private static void sendQuietly(Socket socket, String requests) {
        try {
            socket.getOutputStream().write(requests.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException closed) {
            // NOTE: the server closed the connection before taking all requests, as expected.
        }
    }

    /** Reads a response head up to and including its blank line. */
    private static byte[] readHead(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("closed before the head ended");
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toByteArray();
    }
}
