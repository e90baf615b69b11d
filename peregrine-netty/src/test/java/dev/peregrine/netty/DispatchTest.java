package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Where responders run in each dispatch mode, and the bound on requests in flight. */
class DispatchTest {

    private static App threadReportingApp() {
        App app = new App();
        app.route("GET", "/thread", (req, resp) -> resp.text(describe(Thread.currentThread())));
        app.route("POST", "/thread", (req, resp) -> {
            int read = req.stream().readAllBytes().length;
            resp.text(describe(Thread.currentThread()) + " " + read);
        });
        return app;
    }

    private static String describe(Thread thread) {
        return (thread.isVirtual() ? "virtual" : "platform") + ":" + thread.getName();
    }

    @Test
    void virtualThreadsModeRunsRespondersOnVirtualThreads() throws Exception {
        String thread = askThread(Dispatch.VIRTUAL_THREADS);
        assertTrue(thread.startsWith("virtual:peregrine-request"), thread);
    }

    @Test
    void inlineModeRunsRespondersOnTheEventLoop() throws Exception {
        String thread = askThread(Dispatch.INLINE);
        assertTrue(thread.startsWith("platform:peregrine-io-"), thread);
    }

    @Test
    void poolModeRunsRespondersOnPoolThreads() throws Exception {
        String thread = askThread(Dispatch.POOL);
        assertTrue(thread.startsWith("platform:peregrine-worker-"), thread);
    }

    @Test
    void inlineModeRunsASmallBodyOnTheEventLoopOnceItArrived() throws Exception {
        PeregrineServer server = Servers.start(threadReportingApp(), b -> b.dispatch(Dispatch.INLINE).bufferedBodyLimit(1024));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /thread HTTP/1.1\r\nHost: localhost\r\nContent-Length: 10\r\n\r\n01234");
            client.send("56789");
            String answer = client.read().text();
            assertTrue(answer.startsWith("platform:peregrine-io-"), answer);
            assertTrue(answer.endsWith(" 10"), answer);
        } finally {
            server.stop();
        }
    }

    @Test
    void inlineModeHandsABodyOverTheLimitToAVirtualThread() throws Exception {
        PeregrineServer server = Servers.start(threadReportingApp(), b -> b.dispatch(Dispatch.INLINE).bufferedBodyLimit(16));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("POST /thread HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n20\r\n"
                    + "x".repeat(32) + "\r\n");
            client.send("0\r\n\r\n");
            String answer = client.read().text();
            assertTrue(answer.startsWith("virtual:"), answer);
            assertTrue(answer.endsWith(" 32"), answer);
        } finally {
            server.stop();
        }
    }

    @Test
    void requestsBeyondTheBoundGet503WithRetryAfter() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        App app = new App();
        app.get("/slow", (req, resp) -> {
            entered.countDown();
            release.await(10, TimeUnit.SECONDS);
            resp.text("slow");
        });
        app.get("/fast", (req, resp) -> resp.text("fast"));
        PeregrineServer server = Servers.start(app, b -> b.maxConcurrentRequests(1));
        try (RawHttpClient slow = new RawHttpClient(server.port()); RawHttpClient other = new RawHttpClient(server.port())) {
            slow.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertTrue(entered.await(10, TimeUnit.SECONDS));
            RawResponse refused = other.get("/fast");
            assertEquals(503, refused.status());
            assertEquals("1", refused.header("Retry-After"));
            assertEquals("{\"title\":\"Server busy\",\"description\":\"The server has 1 requests in flight; retry shortly.\"}",
                    refused.text());
            release.countDown();
            assertEquals("slow", slow.read().text());
            assertEquals("fast", other.get("/fast").text());
        } finally {
            release.countDown();
            server.stop();
        }
    }

    @Test
    void connectionsBeyondTheLimitWaitUntilOneCloses() throws Exception {
        App app = new App();
        app.get("/ok", (req, resp) -> resp.text("ok"));
        PeregrineServer server = Servers.start(app, b -> b.maxConnections(2));
        try (RawHttpClient first = new RawHttpClient(server.port()); RawHttpClient second = new RawHttpClient(server.port())) {
            assertEquals("ok", first.get("/ok").text());
            assertEquals("ok", second.get("/ok").text());
            try (RawHttpClient third = new RawHttpClient(server.port())) {
                third.send("GET /ok HTTP/1.1\r\nHost: localhost\r\n\r\n");
                third.socket().setSoTimeout(300);
                assertFalse(answered(third), "a third connection is not served while two are open");
                third.socket().setSoTimeout(10_000);
                first.socket().close();
                assertEquals("ok", third.read().text());
            }
        } finally {
            server.stop();
        }
    }

    @Test
    void oneClientAddressCannotTakeMoreThanItsShareOfConnections() throws Exception {
        App app = new App();
        app.get("/ok", (req, resp) -> resp.text("ok"));
        PeregrineServer server = Servers.start(app, b -> b.maxConnectionsPerAddress(2));
        try (RawHttpClient second = new RawHttpClient(server.port())) {
            try (RawHttpClient first = new RawHttpClient(server.port())) {
                assertEquals("ok", first.get("/ok").text());
                assertEquals("ok", second.get("/ok").text());
                try (RawHttpClient third = new RawHttpClient(server.port())) {
                    assertTrue(third.closedByServer(), "a third connection from the same address is closed at once");
                }
                try (RawHttpClient elsewhere = new RawHttpClient(server.port(), "127.0.0.2")) {
                    assertEquals("ok", elsewhere.get("/ok").text(), "another address still gets in");
                }
            }
            Eventually.await("the closed connection is forgotten", () -> server.openConnections() == 1);
            try (RawHttpClient again = new RawHttpClient(server.port())) {
                assertEquals("ok", again.get("/ok").text(), "the address may open one again once one closed");
            }
        } finally {
            server.stop();
        }
    }

    private static boolean answered(RawHttpClient client) {
        try {
            client.socket().getInputStream().read();
            return true;
        } catch (java.io.IOException timeout) {
            return false;
        }
    }

    private static String askThread(Dispatch dispatch) throws Exception {
        PeregrineServer server = Servers.start(threadReportingApp(), b -> b.dispatch(dispatch));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            return client.get("/thread").text();
        } finally {
            server.stop();
        }
    }
}
