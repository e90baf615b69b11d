package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What observers hear, and request ids, over real sockets in every dispatch mode. */
class ServerObserverTest {

    /** Records everything it hears. */
    private static class Recorder implements ServerObserver {
        final List<CompletedExchange> completed = new CopyOnWriteArrayList<>();
        final AtomicInteger opened = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();
        final AtomicLong read = new AtomicLong();
        final AtomicLong written = new AtomicLong();
        final AtomicInteger stopping = new AtomicInteger();

        @Override
        public void connectionOpened() {
            opened.incrementAndGet();
        }

        @Override
        public void connectionClosed() {
            closed.incrementAndGet();
        }

        @Override
        public void bytesRead(long bytes) {
            read.addAndGet(bytes);
        }

        @Override
        public void bytesWritten(long bytes) {
            written.addAndGet(bytes);
        }

        @Override
        public void requestCompleted(CompletedExchange exchange) {
            completed.add(exchange);
        }

        @Override
        public void stopping() {
            stopping.incrementAndGet();
        }
    }

    private static App app() {
        App app = new App();
        app.get("/things/{id}", (req, resp) -> resp.text("thing " + req.pathField("id") + " " + req.header("X-Request-Id")));
        app.post("/upload", (req, resp) -> resp.text(Integer.toString(req.stream().readAllBytes().length)));
        app.get("/stream", (req, resp) -> resp.stream(new ByteArrayInputStream(new byte[5000]), -1));
        return app;
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void observersHearConnectionsTrafficAndEachAnsweredRequestByRoute(Dispatch dispatch) throws Exception {
        Recorder recorder = new Recorder();
        PeregrineServer server = Servers.start(app(), b -> b.dispatch(dispatch).observer(recorder).requestIds("X-Request-Id"));
        long sentBytes;
        long receivedBytes;
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            String get = "GET /things/7 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: abc-123\r\nUser-Agent: probe\r\n\r\n";
            String post = "POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 11\r\n\r\nhello world";
            String stream = "GET /stream HTTP/1.1\r\nHost: localhost\r\n\r\n";
            String missing = "GET /nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n";
            client.send(get + post + stream + missing);
            RawResponse first = client.read();
            assertEquals("thing 7 abc-123", first.text());
            assertEquals("abc-123", first.header("X-Request-Id"));
            RawResponse second = client.read();
            assertEquals("11", second.text());
            String generated = second.header("X-Request-Id");
            assertEquals(32, generated.length(), generated);
            assertEquals(5000, client.read().body().length);
            assertEquals(404, client.read().status());
            sentBytes = (get + post + stream + missing).length();
        }
        Eventually.await("the connection's close is heard", () -> recorder.closed.get() == 1);
        assertEquals(1, recorder.opened.get());
        assertEquals(sentBytes, recorder.read.get());
        assertTrue(recorder.written.get() > 5000, "bytes written " + recorder.written.get());
        assertEquals(4, recorder.completed.size());
        CompletedExchange get = recorder.completed.get(0);
        assertEquals("/things/{id}", get.route());
        assertEquals("/things/7", get.request().target());
        assertEquals("probe", get.request().header("User-Agent"));
        assertEquals(200, get.status());
        assertEquals("abc-123", get.requestId());
        assertFalse(get.refusal());
        assertEquals("thing 7 abc-123".length(), get.responseBodyBytes());
        assertTrue(get.durationNanos() > 0);
        CompletedExchange post = recorder.completed.get(1);
        assertEquals(11, post.requestBodyBytes());
        assertEquals("/upload", post.route());
        assertEquals(5000, recorder.completed.get(2).responseBodyBytes());
        CompletedExchange missing = recorder.completed.get(3);
        assertNull(missing.route());
        assertEquals(404, missing.status());
        server.stop();
        assertEquals(1, recorder.stopping.get());
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void refusalsAreReportedAsTheServersOwn(Dispatch dispatch) throws Exception {
        Recorder recorder = new Recorder();
        PeregrineServer server = Servers.start(app(), b -> b.dispatch(dispatch).observer(recorder).maxBodySize(4)
                .requestIds("X-Request-Id"));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n");
            RawResponse refused = client.read();
            assertEquals(413, refused.status());
            assertNotEquals(null, refused.header("X-Request-Id"));
        } finally {
            server.stop();
        }
        assertEquals(1, recorder.completed.size());
        CompletedExchange refusal = recorder.completed.get(0);
        assertEquals(413, refusal.status());
        assertTrue(refusal.refusal());
        assertNull(refusal.route());
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aFailingObserverFailsNoRequestAndTheOthersStillHear(Dispatch dispatch) throws Exception {
        Recorder recorder = new Recorder();
        ServerObserver faulty = new ServerObserver() {
            @Override
            public void requestCompleted(CompletedExchange exchange) {
                throw new IllegalStateException("broken observer");
            }
        };
        PeregrineServer server = Servers.start(app(), b -> b.dispatch(dispatch).observer(faulty).observer(recorder));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            RawResponse answer = client.get("/things/1");
            assertEquals(200, answer.status());
            assertNull(answer.header("X-Request-Id"), "request ids are off unless asked for");
            assertEquals(200, client.get("/things/2").status());
        } finally {
            server.stop();
        }
        assertEquals(2, recorder.completed.size());
        assertNull(recorder.completed.get(0).requestId());
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void anAutoCloseableObserverIsClosedOnceAfterTheServerHasStopped(Dispatch dispatch) throws Exception {
        final class Closing extends Recorder implements AutoCloseable {
            final List<Integer> completedWhenClosed = new CopyOnWriteArrayList<>();

            @Override
            public void close() {
                completedWhenClosed.add(completed.size());
            }
        }
        Closing observer = new Closing();
        PeregrineServer server = Servers.start(app(), b -> b.dispatch(dispatch).observer(observer));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals(200, client.get("/things/1").status());
            assertEquals(200, client.get("/things/2").status());
            assertTrue(observer.completedWhenClosed.isEmpty(), "open while the server serves");
            Eventually.await("both requests are done with", () -> server.requestsInFlight() == 0);
        } finally {
            server.stop();
            server.stop();
        }
        assertEquals(List.of(2), observer.completedWhenClosed, "closed once, after hearing of every request");
        assertEquals(1, observer.stopping.get());
    }
}
