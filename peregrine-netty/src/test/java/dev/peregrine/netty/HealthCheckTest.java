package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.RequestMiddleware;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Liveness and readiness probes the server answers itself, and the stop delay, over real sockets. */
class HealthCheckTest {

    private static App app(AtomicInteger appCalls) {
        App app = new App();
        app.addMiddleware((RequestMiddleware) (req, resp) -> appCalls.incrementAndGet());
        app.get("/ok", (req, resp) -> resp.text("ok"));
        app.get("/health/ready", (req, resp) -> resp.text("the app's own route, never reached"));
        return app;
    }

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void liveAndReadyAnswerUpAsUncachedJsonWithoutReachingTheApp(Dispatch dispatch) throws Exception {
        AtomicInteger appCalls = new AtomicInteger();
        PeregrineServer server = Servers.start(app(appCalls), b -> b.dispatch(dispatch)
                .healthChecks("/health/live", "/health/ready"));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            for (String path : List.of("/health/live", "/health/ready", "/health/ready?verbose=1")) {
                RawResponse response = client.get(path);
                assertEquals(200, response.status(), path);
                assertEquals("{\"status\":\"UP\"}", response.text(), path);
                assertEquals("application/json", response.header("Content-Type"));
                assertEquals("no-store", response.header("Cache-Control"));
                assertNull(response.header("Connection"), "the connection stays open");
            }
            assertEquals("ok", client.get("/ok").text(), "the same connection goes on serving the app");
            assertEquals(1, appCalls.get(), "only /ok reached the app's middleware");
            assertTrue(server.ready());
        } finally {
            server.stop();
        }
        assertFalse(server.ready());
    }

    @Test
    void headGetsTheHeadersOfGetWithoutABody() throws Exception {
        PeregrineServer server = Servers.start(app(new AtomicInteger()), b -> b.healthChecks("/live", "/ready"));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("HEAD /ready HTTP/1.1\r\nHost: localhost\r\n\r\nGET /live HTTP/1.1\r\nHost: localhost\r\n\r\n");
            RawResponse head = client.read(true);
            assertEquals(200, head.status());
            assertEquals("15", head.header("Content-Length"), "the length of {\"status\":\"UP\"}");
            assertEquals("application/json", head.header("Content-Type"));
            RawResponse get = client.read();
            assertEquals("{\"status\":\"UP\"}", get.text(), "nothing of a body came between the two answers");
        } finally {
            server.stop();
        }
    }

    @Test
    void otherMethodsOnAProbePathGet405WithAllow() throws Exception {
        PeregrineServer server = Servers.start(app(new AtomicInteger()), b -> b.healthChecks("/health/live", "/health/ready"));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            for (String method : List.of("POST", "DELETE", "OPTIONS")) {
                client.send(method + " /health/live HTTP/1.1\r\nHost: localhost\r\nContent-Length: 0\r\n\r\n");
                RawResponse response = client.read();
                assertEquals(405, response.status(), method);
                assertEquals("GET, HEAD", response.header("Allow"), method);
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void aProbeWithABodyIsAnsweredAndItsConnectionClosedUnread() throws Exception {
        PeregrineServer server = Servers.start(app(new AtomicInteger()), b -> b.healthChecks("/health/live", "/health/ready"));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /health/live HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nGET /");
            RawResponse response = client.read();
            assertEquals(200, response.status());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        } finally {
            server.stop();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Dispatch.class, names = {"VIRTUAL_THREADS", "POOL"})
    void probesAreAnsweredWhileEveryRequestSlotIsTaken(Dispatch dispatch) throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        App app = new App();
        app.get("/busy", (req, resp) -> {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            resp.text("done");
        });
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch).poolThreads(1).maxConcurrentRequests(1)
                .healthChecks("/health/live", "/health/ready"));
        try (RawHttpClient busy = new RawHttpClient(server.port()); RawHttpClient probe = new RawHttpClient(server.port())) {
            busy.send("GET /busy HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            assertEquals(1, server.requestsInFlight(), "every request slot is taken");
            assertEquals(200, probe.get("/health/live").status());
            assertEquals(200, probe.get("/health/ready").status());
            release.countDown();
            assertEquals("done", busy.read().text());
        } finally {
            release.countDown();
            server.stop();
        }
    }

    @Test
    void readinessIs503DuringTheStopDelayWhileOtherRequestsAreStillServed() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        ServerObserver observer = new ServerObserver() {
            @Override
            public void stopping() {
                heard.add("stopping");
            }
        };
        PeregrineServer server = Servers.start(app(new AtomicInteger()), b -> b.observer(observer)
                .healthChecks("/health/live", "/health/ready").stopDelay(Duration.ofMinutes(1)));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals(200, client.get("/health/ready").status());
            Thread stopper = Thread.ofPlatform().start(() -> server.stop(Duration.ofSeconds(5)));
            Eventually.await("readiness turned false", () -> !server.ready());
            RawResponse ready = client.get("/health/ready");
            assertEquals(503, ready.status());
            assertEquals("{\"status\":\"DRAINING\"}", ready.text());
            assertEquals("no-store", ready.header("Cache-Control"));
            assertNull(ready.header("Connection"), "not draining yet: the connection stays open");
            RawResponse ok = client.get("/ok");
            assertEquals(200, ok.status(), "the app is still served during the delay");
            assertNull(ok.header("Connection"));
            assertEquals(200, client.get("/health/live").status(), "alive while stopping");
            try (RawHttpClient late = new RawHttpClient(server.port())) {
                assertEquals("ok", late.get("/ok").text(), "new connections are still accepted during the delay");
            }
            assertEquals(List.of("stopping"), heard);
            stopper.interrupt();
            assertTrue(client.closedByServer(), "once the delay ends the server drains and closes idle connections");
            stopper.join(20_000);
            assertFalse(stopper.isAlive());
        } finally {
            server.stop();
        }
    }

    @Test
    void observersHearProbesWithTheProbePathAsRoute() throws Exception {
        List<CompletedExchange> completed = new CopyOnWriteArrayList<>();
        ServerObserver observer = new ServerObserver() {
            @Override
            public void requestCompleted(CompletedExchange exchange) {
                completed.add(exchange);
            }
        };
        PeregrineServer server = Servers.start(app(new AtomicInteger()), b -> b.observer(observer)
                .healthChecks("/health/live", "/health/ready"));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.get("/health/ready?x=1");
        } finally {
            server.stop();
        }
        assertEquals(1, completed.size());
        assertEquals("/health/ready", completed.get(0).route());
        assertEquals(200, completed.get(0).status());
        assertFalse(completed.get(0).refusal());
    }

    @Test
    void dispatchQueueDepthCountsRequestsWaitingForAPoolThread() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        App app = new App();
        app.get("/busy", (req, resp) -> {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            resp.text("done");
        });
        PeregrineServer server = Servers.start(app, b -> b.dispatch(Dispatch.POOL).poolThreads(1)
                .observer(new ServerObserver() { }));
        try (RawHttpClient first = new RawHttpClient(server.port()); RawHttpClient second = new RawHttpClient(server.port())) {
            first.send("GET /busy HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            assertEquals(0, server.dispatchQueueDepth(), "the first request runs");
            second.send("GET /busy HTTP/1.1\r\nHost: localhost\r\n\r\nGET /busy HTTP/1.1\r\nHost: localhost\r\n\r\n");
            Eventually.await("the second connection's two requests wait", () -> server.dispatchQueueDepth() == 2);
            release.countDown();
            assertEquals("done", first.read().text());
            assertEquals("done", second.read().text());
            assertEquals("done", second.read().text());
            assertEquals(0, server.dispatchQueueDepth());
        } finally {
            release.countDown();
            server.stop();
        }
    }

    @Test
    void probePathsThatAreNotPlainPathsFailAtBuildNamingTheSetting() {
        ServerBuilder builder = PeregrineServer.builder(new App());
        IllegalArgumentException query = assertThrows(IllegalArgumentException.class,
                () -> builder.healthChecks("/live?x", "/ready"));
        assertTrue(query.getMessage().contains("livenessPath"), query.getMessage());
        IllegalArgumentException same = assertThrows(IllegalArgumentException.class,
                () -> builder.healthChecks("/health", "/health"));
        assertTrue(same.getMessage().contains("different paths"), same.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.stopDelay(Duration.ofSeconds(-1)));
    }
}
