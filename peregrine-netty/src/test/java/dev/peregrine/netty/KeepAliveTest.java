package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keep-alive, pipelining and closing, on a real socket. */
class KeepAliveTest {

    private static PeregrineServer server;

    @BeforeAll
    static void startServer() {
        App app = new App();
        app.get("/echo/{word}", (req, resp) -> resp.text(req.pathField("word")));
        app.get("/bye", (req, resp) -> resp.setHeader("Connection", "close").text("bye"));
        server = PeregrineServer.builder(app).port(0).build().start();
    }

    @AfterAll
    static void stopServer() {
        server.stop();
    }

    @Test
    void oneConnectionServesSeveralRequestsInTurn() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals("one", client.get("/echo/one").text());
            assertEquals("two", client.get("/echo/two").text());
            RawResponse third = client.get("/echo/three");
            assertEquals("three", third.text());
            assertNull(third.header("Connection"));
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            StringBuilder requests = new StringBuilder();
            for (int i = 0; i < 20; i++) {
                requests.append("GET /echo/w").append(i).append(" HTTP/1.1\r\nHost: localhost\r\n\r\n");
            }
            client.send(requests.toString());
            for (int i = 0; i < 20; i++) {
                assertEquals("w" + i, client.read().text());
            }
        }
    }

    @Test
    void everyResponseCarriesADate() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            String date = client.get("/echo/x").header("Date");
            assertNotNull(date);
            assertTrue(date.endsWith(" GMT"), date);
        }
    }

    @Test
    void connectionCloseFromTheClientIsHonoured() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /echo/last HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("last", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
    }

    /**
     * A client that asked to close and sent nothing more is closed at once: the server does not
     * wait for the client's own close, nor linger reading (for two seconds at most) as it does
     * after a refusal or a close the client did not ask for.
     */
    @Test
    void aClientThatAskedToCloseIsClosedWithoutWaitingForItsClose() throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        ServerObserver closes = new ServerObserver() {
            @Override
            public void connectionClosed() {
                closed.countDown();
            }
        };
        App app = new App();
        app.get("/echo/{word}", (req, resp) -> resp.text(req.pathField("word")));
        PeregrineServer observed = PeregrineServer.builder(app).port(0).observer(closes).build().start();
        try (RawHttpClient client = new RawHttpClient(observed.port())) {
            client.send("GET /echo/last HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertEquals("last", client.read().text());
            assertTrue(client.closedByServer());
            assertTrue(closed.await(1500, TimeUnit.MILLISECONDS),
                    "the server closed the connection while the client still held it open");
        } finally {
            observed.stop();
        }
    }

    @Test
    void connectionCloseFromTheAppClosesAfterTheResponse() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            RawResponse response = client.get("/bye");
            assertEquals("bye", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void http10ClosesUnlessAskedToKeepAlive() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /echo/old HTTP/1.0\r\n\r\n");
            RawResponse response = client.read();
            assertEquals("old", response.text());
            assertEquals("close", response.header("Connection"));
            assertTrue(client.closedByServer());
        }
    }

    @Test
    void http10KeepAliveIsKept() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /echo/a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            RawResponse first = client.read();
            assertEquals("keep-alive", first.header("Connection"));
            client.send("GET /echo/b HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
            assertEquals("b", client.read().text());
        }
    }

    @Test
    void absoluteFormTargetIsRoutedByItsPath() throws Exception {
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET http://localhost/echo/abs HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals("abs", client.read().text());
        }
    }

    @Test
    void expectContinueGetsOneHundredBeforeTheBodyIsSent() throws Exception {
        App app = new App();
        app.post("/upload", (req, resp) -> resp.text("got " + req.stream().readAllBytes().length));
        PeregrineServer uploads = PeregrineServer.builder(app).port(0).build().start();
        try (RawHttpClient client = new RawHttpClient(uploads.port())) {
            client.send("POST /upload HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
            assertEquals(100, client.read().status());
            client.send("hello");
            RawResponse response = client.read();
            assertEquals(200, response.status());
            assertEquals("got 5", response.text());
        } finally {
            uploads.stop();
        }
    }
}
