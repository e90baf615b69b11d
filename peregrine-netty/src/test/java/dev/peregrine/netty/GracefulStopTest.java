package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Stopping in process: drain what is in flight, close idle connections, stop accepting. */
class GracefulStopTest {

    @ParameterizedTest
    @EnumSource(value = Dispatch.class, names = {"VIRTUAL_THREADS", "POOL"})
    void pipelinedRequestsReadBeforeTheStopAreAllAnsweredTheLastClosing(Dispatch dispatch) throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        App app = ConformanceApp.create();
        app.get("/slow", (req, resp) -> {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            resp.text("slow");
        });
        app.get("/ok", (req, resp) -> resp.text("ok"));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch));
        try {
            CompletableFuture<Boolean> stopped;
            try (RawHttpClient client = new RawHttpClient(server.port())) {
                client.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n"
                        + "GET /ok HTTP/1.1\r\nHost: localhost\r\n\r\nGET /static/data.bin HTTP/1.1\r\nHost: localhost\r\n\r\n");
                assertTrue(entered.await(10, TimeUnit.SECONDS));
                stopped = beginStop(server, Duration.ofSeconds(10));
                release.countDown();
                RawResponse first = client.read();
                RawResponse second = client.read();
                RawResponse third = client.read();
                assertEquals(List.of(200, 200, 200), List.of(first.status(), second.status(), third.status()));
                assertEquals(List.of("slow", "ok"), List.of(first.text(), second.text()));
                assertArrayEquals(ConformanceApp.STATIC_FILE, third.body(), "a static file closing the connection is sent whole");
                assertNull(first.header("Connection"), "more answers follow on this connection");
                assertEquals("close", third.header("Connection"));
                assertTrue(client.closedByServer());
            }
            assertTrue(stopped.get(20, TimeUnit.SECONDS), "the server stops once the client has closed too");
        } finally {
            release.countDown();
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void requestWhoseBodyArrivesDuringTheStopIsAnsweredAndALaterOneGets503(Dispatch dispatch) throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        App app = ConformanceApp.create();
        app.post("/slow-upload", (req, resp) -> {
            reading.countDown();
            resp.text("read " + req.stream().readAllBytes().length);
        });
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch).bufferedBodyLimit(16));
        try {
            CompletableFuture<Boolean> stopped;
            try (RawHttpClient client = new RawHttpClient(server.port())) {
                client.send("POST /slow-upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 20\r\n\r\n0123456789");
                assertTrue(reading.await(10, TimeUnit.SECONDS));
                stopped = beginStop(server, Duration.ofSeconds(10));
                client.send("0123456789GET /static/data.bin HTTP/1.1\r\nHost: localhost\r\n\r\n");
                RawResponse upload = client.read();
                assertEquals("read 20", upload.text(), "the request whose head was read before the stop is answered");
                RawResponse file = client.read();
                assertEquals(503, file.status(), "a request that arrived after the stop began is refused");
                assertEquals("close", file.header("Connection"));
                assertTrue(client.closedByServer());
            }
            assertTrue(stopped.get(20, TimeUnit.SECONDS), "the server stops once the client has closed too");
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void requestSentJustAfterAKeepAliveAnswerGetsAnAnswerNotAClosedConnection(Dispatch dispatch) throws Exception {
        App app = new App();
        app.get("/ok", (req, resp) -> resp.text("ok"));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch).drainGrace(Duration.ofSeconds(10)));
        try {
            CompletableFuture<Boolean> stopped;
            try (RawHttpClient client = new RawHttpClient(server.port())) {
                assertEquals("ok", client.get("/ok").text());
                stopped = beginStop(server, Duration.ofSeconds(20));
                RawResponse late = client.get("/ok");
                assertEquals(503, late.status());
                assertEquals("{\"title\":\"Server stopping\",\"description\":\"The server is stopping and takes no new"
                        + " requests; retry, on another instance if there is one.\"}", late.text());
                assertEquals("close", late.header("Connection"));
                assertTrue(client.closedByServer());
            }
            assertTrue(stopped.get(20, TimeUnit.SECONDS), "the server stops once the client has closed too");
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void stopUnderLoadLeavesNoRequestUnanswered(Dispatch dispatch) throws Exception {
        App app = new App();
        app.get("/ok", (req, resp) -> resp.text("ok"));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch).drainGrace(Duration.ofSeconds(5)));
        int port = server.port();
        AtomicInteger answered = new AtomicInteger();
        List<String> dropped = Collections.synchronizedList(new ArrayList<>());
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            clients.add(Thread.ofVirtual().start(() -> loadUntilClosed(port, answered, dropped)));
        }
        try {
            Eventually.await("the clients are under way", () -> answered.get() > 2_000);
            assertTrue(server.stop(Duration.ofSeconds(10)));
            for (Thread client : clients) {
                client.join(20_000);
            }
            assertEquals(List.of(), dropped, "requests sent on an open connection and closed without an answer");
        } finally {
            server.stop();
        }
    }

    /**
     * Sends GETs one after another until an answer says close. A request closed without an answer
     * on a connection the server had answered on is recorded; a connection reset before its first
     * answer was still in the kernel's accept queue when the listener closed, never seen by the server.
     */
    private static void loadUntilClosed(int port, AtomicInteger answered, List<String> dropped) {
        try (RawHttpClient client = new RawHttpClient(port)) {
            for (int onThisConnection = 0; ; onThisConnection++) {
                client.send("GET /ok HTTP/1.1\r\nHost: localhost\r\n\r\n");
                RawResponse response;
                try {
                    response = client.read();
                } catch (IOException closedWithoutAnswer) {
                    if (onThisConnection > 0) {
                        dropped.add(closedWithoutAnswer.toString());
                    }
                    return;
                }
                answered.incrementAndGet();
                if ("close".equals(response.header("Connection"))) {
                    return;
                }
            }
        } catch (IOException notConnected) {
            // NOTE: refused or reset before the request went out: the server had stopped accepting.
        }
    }

    /**
     * Stops {@code server} on another thread and returns once its port refuses connections, which
     * it does only after every connection has begun to drain.
     */
    private static CompletableFuture<Boolean> beginStop(PeregrineServer server, Duration drainTimeout) throws InterruptedException {
        int port = server.port();
        CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> server.stop(drainTimeout));
        Eventually.await("the server stopped accepting", () -> !accepts(port));
        return stopped;
    }

    private static boolean accepts(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return probe.isConnected();
        } catch (IOException refused) {
            return false;
        }
    }

    @Test
    void stopFinishesTheRequestInFlightAndClosesIdleConnections() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        App app = new App();
        app.get("/slow", (req, resp) -> {
            entered.countDown();
            Thread.sleep(500);
            resp.text("done");
        });
        app.get("/ok", (req, resp) -> resp.text("ok"));
        PeregrineServer server = Servers.start(app, b -> b);
        int port = server.port();
        CompletableFuture<Boolean> stopped;
        try (RawHttpClient busy = new RawHttpClient(port); RawHttpClient idle = new RawHttpClient(port)) {
            assertEquals("ok", idle.get("/ok").text());
            busy.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            stopped = CompletableFuture.supplyAsync(() -> server.stop(Duration.ofSeconds(10)));
            assertTrue(idle.closedByServer(), "an idle keep-alive connection is closed at once");
            RawResponse response = busy.read();
            assertEquals("done", response.text());
            assertEquals("close", response.header("Connection"));
        }
        assertTrue(stopped.get(20, TimeUnit.SECONDS), "everything drained within the timeout");
        assertThrows(ConnectException.class, () -> new RawHttpClient(port).close());
    }

    @Test
    void requestOutlastingTheDrainTimeoutIsCutOff() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        App app = new App();
        app.get("/stuck", (req, resp) -> {
            entered.countDown();
            never.await(30, TimeUnit.SECONDS);
            resp.text("late");
        });
        PeregrineServer server = Servers.start(app, b -> b);
        try (RawHttpClient stuck = new RawHttpClient(server.port())) {
            stuck.send("GET /stuck HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            assertFalse(server.stop(Duration.ofMillis(200)), "stop reports that a request was cut off");
            assertTrue(stuck.closedByServer());
        } finally {
            never.countDown();
        }
    }
}
