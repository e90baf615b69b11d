package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Clients that send request bodies slowly, or not at all: they are cut by the body timeouts, and
 * while they send they hold neither a thread nor a request slot that others need.
 */
class SlowBodyTest {

    private static App uploadApp(CountDownLatch reading) {
        App app = new App();
        app.post("/upload", (req, resp) -> {
            reading.countDown();
            resp.text("read " + req.stream().readAllBytes().length);
        });
        app.get("/things", (req, resp) -> resp.text("things"));
        app.get("/ok", (req, resp) -> resp.text("ok"));
        return app;
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void bodyThatStopsArrivingGets408AndTheConnectionCloses(Dispatch dispatch) throws Exception {
        PeregrineServer server = Servers.start(uploadApp(new CountDownLatch(1)), b -> b.dispatch(dispatch)
                .bodyReadTimeout(Duration.ofMillis(300)).minBodyRate(0, Duration.ofSeconds(1)));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100\r\n\r\n0123456789");
            RawResponse response = client.read();
            assertEquals(408, response.status());
            assertEquals("{\"title\":\"Request timeout\",\"description\":\"No part of the request body arrived for 300 ms.\"}",
                    response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void bodyStreamedToAReaderThatStopsArrivingFailsItsReadWith408(Dispatch dispatch) throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        PeregrineServer server = Servers.start(uploadApp(reading), b -> b.dispatch(dispatch).bufferedBodyLimit(16)
                .bodyReadTimeout(Duration.ofMillis(300)).minBodyRate(0, Duration.ofSeconds(1)));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\n" + "x".repeat(100));
            assertTrue(reading.await(10, TimeUnit.SECONDS), "a body declared over the buffered limit streams to its responder");
            RawResponse response = client.read();
            assertEquals(408, response.status());
            assertTrue(response.text().contains("No part of the request body arrived for 300 ms."), response.text());
            assertTrue(client.closedByServer());
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void jsonBodyThatStopsArrivingWhileItIsParsedGets408NotInvalidJson(Dispatch dispatch) throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        App app = new App();
        app.post("/things", (req, resp) -> {
            reading.countDown();
            resp.media(req.media(Map.class));
        });
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch).bufferedBodyLimit(16)
                .bodyReadTimeout(Duration.ofMillis(300)).minBodyRate(0, Duration.ofSeconds(1)));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /things HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"items\": [1, 2, 3, ");
            assertTrue(reading.await(10, TimeUnit.SECONDS));
            RawResponse response = client.read();
            assertEquals(408, response.status(), response.text());
            assertTrue(client.closedByServer());
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void bodyArrivingSlowerThanTheMinimumRateGets408(Dispatch dispatch) throws Exception {
        PeregrineServer server = Servers.start(uploadApp(new CountDownLatch(1)), b -> b.dispatch(dispatch)
                .bodyReadTimeout(Duration.ofSeconds(30)).minBodyRate(1000, Duration.ofMillis(200)));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 60000\r\n\r\n");
            Thread dripper = Thread.ofVirtual().start(() -> drip(client.socket(), 60_000));
            RawResponse response = client.read();
            assertEquals(408, response.status());
            assertEquals("{\"title\":\"Request timeout\",\"description\":\"The request body arrived at less than 1000 bytes per second.\"}",
                    response.text());
            assertTrue(client.closedByServer());
            dripper.interrupt();
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void declaredBodyThatNeverArrivesIsAnsweredOnARouteThatDoesNotReadIt(Dispatch dispatch) throws Exception {
        PeregrineServer server = Servers.start(uploadApp(new CountDownLatch(1)), b -> b.dispatch(dispatch)
                .bodyReadTimeout(Duration.ofMillis(300)));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /things HTTP/1.1\r\nHost: l\r\nContent-Length: 5\r\n\r\n");
            RawResponse response = client.read();
            assertEquals(408, response.status(), "the request never arrived whole, so the app does not see it");
            assertTrue(client.closedByServer());
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dispatch.class, names = {"VIRTUAL_THREADS", "POOL"})
    void smallBodiesArrivingSlowlyHoldNoThreadAndNoRequestSlot(Dispatch dispatch) throws Exception {
        PeregrineServer server = Servers.start(uploadApp(new CountDownLatch(1)), b -> b.dispatch(dispatch)
                .poolThreads(1).maxConcurrentRequests(1));
        List<RawHttpClient> slow = new ArrayList<>();
        try (RawHttpClient other = new RawHttpClient(server.port())) {
            for (int i = 0; i < 3; i++) {
                RawHttpClient client = new RawHttpClient(server.port());
                slow.add(client);
                client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1000\r\n\r\n0123456789");
            }
            RawResponse response = other.get("/ok");
            assertEquals(200, response.status(), "the only thread and request slot are free while bodies trickle in");
            slow.get(0).send("x".repeat(990));
            assertEquals("read 1000", slow.get(0).read().text());
        } finally {
            for (RawHttpClient client : slow) {
                client.close();
            }
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dispatch.class, names = {"VIRTUAL_THREADS", "POOL"})
    void respondersWaitingForBodyBytesDoNotTakeTheRequestSlots(Dispatch dispatch) throws Exception {
        int uploads = 4;
        AtomicInteger reading = new AtomicInteger();
        App app = new App();
        app.post("/upload", (req, resp) -> {
            reading.incrementAndGet();
            resp.text("read " + req.stream().readAllBytes().length);
        });
        app.get("/ok", (req, resp) -> resp.text("ok"));
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch).poolThreads(uploads + 2)
                .maxConcurrentRequests(2).bufferedBodyLimit(1024));
        List<RawHttpClient> slow = new ArrayList<>();
        try (RawHttpClient other = new RawHttpClient(server.port())) {
            for (int i = 1; i <= uploads; i++) {
                RawHttpClient client = new RawHttpClient(server.port());
                slow.add(client);
                client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 100000\r\n\r\nstart");
                int started = i;
                Eventually.await("upload " + i + " of " + uploads + " runs (2 slots) and waits for bytes",
                        () -> reading.get() == started && server.requestsInFlight() == 0);
            }
            assertEquals(200, other.get("/ok").status(), "responders waiting for bytes leave the slots to others");
            slow.get(0).send("x".repeat(100_000 - 5));
            assertEquals("read 100000", slow.get(0).read().text());
        } finally {
            for (RawHttpClient client : slow) {
                client.close();
            }
            server.stop();
        }
    }

    /** Sends {@code count} bytes one at a time, 20 ms apart, until done or the connection fails. */
    private static void drip(java.net.Socket socket, int count) {
        try {
            OutputStream out = socket.getOutputStream();
            for (int i = 0; i < count; i++) {
                out.write('x');
                out.flush();
                Thread.sleep(20);
            }
        } catch (IOException | InterruptedException stopped) {
            // NOTE: the server cut the connection, as the test expects, or the test ended.
        }
    }
}
