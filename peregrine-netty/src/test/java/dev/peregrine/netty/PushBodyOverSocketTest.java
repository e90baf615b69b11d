package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.sse.ServerSentEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Bodies written as they are produced, and server-sent events, over a real socket in every dispatch mode. */
class PushBodyOverSocketTest {

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aWriterWaitsForASlowReaderAndTheWholeBodyArrives(Dispatch dispatch) throws Exception {
        long total = 64L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        App app = new App();
        app.get("/export", (req, resp) -> resp.stream(out -> {
            byte[] block = new byte[64 * 1024];
            for (long left = total; left > 0; left -= block.length) {
                out.write(block);
                written.addAndGet(block.length);
            }
        }));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.socket().setReceiveBufferSize(64 * 1024);
            client.send("GET /export HTTP/1.1\r\nHost: localhost\r\n\r\n");
            long settled = Eventually.settledValue(written::get);
            assertTrue(settled < total / 2, "the writer got " + settled + " bytes ahead of a client that read nothing");
            RawResponse response = client.read();
            assertEquals("chunked", response.header("Transfer-Encoding"));
            assertEquals(total, response.body().length);
            assertEquals(404, client.get("/missing").status(), "the connection serves on after the written body");
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void flushSendsWhatWasWrittenAtOnce(Dispatch dispatch) throws Exception {
        CountDownLatch firstSeen = new CountDownLatch(1);
        App app = new App();
        app.get("/progress", (req, resp) -> resp.stream(out -> {
            out.write("first;".getBytes(StandardCharsets.UTF_8));
            out.flush();
            try {
                assertTrue(firstSeen.await(10, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            out.write("second".getBytes(StandardCharsets.UTF_8));
        }));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /progress HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals(200, client.readHead().status());
            assertEquals("first;", new String(client.chunk(), StandardCharsets.UTF_8));
            firstSeen.countDown();
            assertEquals("second", new String(client.chunk(), StandardCharsets.UTF_8));
            assertEquals(0, client.chunk().length);
        } finally {
            firstSeen.countDown();
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aWriterLearnsThatTheClientWentAway(Dispatch dispatch) throws Exception {
        CountDownLatch headSent = new CountDownLatch(1);
        AtomicReference<Throwable> stoppedBy = new AtomicReference<>();
        CountDownLatch stopped = new CountDownLatch(1);
        App app = new App();
        app.get("/endless", (req, resp) -> resp.stream(out -> {
            try {
                byte[] line = "tick\n".getBytes(StandardCharsets.UTF_8);
                out.flush();
                headSent.countDown();
                while (true) {
                    out.write(line);
                    out.flush();
                }
            } catch (IOException gone) {
                stoppedBy.set(gone);
                stopped.countDown();
                throw gone;
            }
        }));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch));
        try {
            try (RawHttpClient client = new RawHttpClient(server.port())) {
                client.send("GET /endless HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertTrue(headSent.await(10, TimeUnit.SECONDS));
                assertEquals(200, client.readHead().status());
            }
            assertTrue(stopped.await(20, TimeUnit.SECONDS), "the writer's next write failed");
            assertTrue(stoppedBy.get() instanceof IOException, String.valueOf(stoppedBy.get()));
            Eventually.await("the connection is closed", () -> server.openConnections() == 0);
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void eventsArriveAsSentWithHeartbeatsBetweenAndAWaitingWriterIsWokenWhenTheClientLeaves(Dispatch dispatch)
            throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch ended = new CountDownLatch(1);
        AtomicReference<Boolean> openAtEnd = new AtomicReference<>();
        App app = new App();
        app.get("/events", (req, resp) -> resp.sse(events -> {
            try {
                events.send(new ServerSentEvent().id("7").event("hello").data("first"));
                never.await();
            } finally {
                openAtEnd.set(events.isOpen());
                ended.countDown();
            }
        }, Duration.ofMillis(100)));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch));
        try {
            try (RawHttpClient client = new RawHttpClient(server.port())) {
                client.send("GET /events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n");
                RawResponse head = client.readHead();
                assertEquals("text/event-stream", head.header("Content-Type"));
                assertEquals("no-cache", head.header("Cache-Control"));
                assertEquals("chunked", head.header("Transfer-Encoding"));
                assertEquals("id: 7\nevent: hello\ndata: first\n\n", new String(client.chunk(), StandardCharsets.UTF_8));
                assertEquals(": heartbeat\n\n", new String(client.chunk(), StandardCharsets.UTF_8),
                        "a silent stream gets a heartbeat comment");
            }
            assertTrue(ended.await(20, TimeUnit.SECONDS), "the writer, blocked waiting, is woken once the client left");
            assertEquals(false, openAtEnd.get());
        } finally {
            never.countDown();
            server.stop();
        }
    }
}
