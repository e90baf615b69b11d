package dev.peregrine.bench.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Servers that answer badly or not at all: every failure is counted, by kind, and nothing hangs. */
class FailingServerTest {
    private static final PrintStream NO_PROGRESS = new PrintStream(OutputStream.nullOutputStream());

    private HttpServer unavailable;

    @AfterEach
    void stop() {
        if (unavailable != null) {
            unavailable.stop(0);
        }
    }

    @Test
    void answers503AreErrorsByStatusForEveryRole() throws Exception {
        BenchOptions options = BenchOptions.parse("-s", "http://127.0.0.1:" + startUnavailable(), "--skip-queue-reset",
                "-pw", "2", "-cw", "1", "-ow", "1", "-t", "1");

        BenchResult result = QueuesBench.run(options, WeightedMessages.builtIn(), NO_PROGRESS);

        for (RoleResult role : result.roles()) {
            assertTrue(role.requests() > 0, role.role().label());
            assertEquals(0, role.successful(), role.role().label());
            assertEquals(Map.of(503, role.requests()), role.errorsByStatus(), role.role().label());
            assertEquals(0, role.connectionErrors() + role.timeouts(), role.role().label());
            assertEquals(0, role.latency().count(), "failed requests' latency is not in the percentiles");
        }
    }

    @Test
    void aQueueResetRefusedByTheServerStopsTheRunNamingTheRequest() throws Exception {
        int port = startUnavailable();
        BenchOptions options = BenchOptions.parse("-s", "http://127.0.0.1:" + port, "-pw", "1", "-ow", "0", "-t", "1");

        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> QueuesBench.run(options, WeightedMessages.builtIn(), NO_PROGRESS));
        assertEquals("resetting queue ogre-test-queue-0: DELETE http://127.0.0.1:" + port
                + "/v2/queues/ogre-test-queue-0 answered 503 {\"title\": \"Service temporarily unavailable\"}",
                error.getMessage());
    }

    @Test
    void refusedConnectionsAreConnectionErrorsNotStatuses() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        BenchOptions options = BenchOptions.parse("-s", "http://127.0.0.1:" + closedPort, "--skip-queue-reset",
                "-pw", "1", "-ow", "0", "-t", "0.5");

        RoleResult producer = QueuesBench.run(options, WeightedMessages.builtIn(), NO_PROGRESS).role(Role.PRODUCER);

        assertTrue(producer.connectionErrors() > 0);
        assertEquals(0, producer.requests());
        assertEquals(Map.of(), producer.errorsByStatus());
    }

    @Test
    void unansweredRequestsAreTimeouts() throws Exception {
        // Connections complete in the backlog, but nothing ever reads the requests or answers them.
        try (ServerSocket silent = new ServerSocket(0, 50)) {
            BenchOptions options = BenchOptions.parse("-s", "http://127.0.0.1:" + silent.getLocalPort(),
                    "--skip-queue-reset", "-pw", "1", "-ow", "0", "-t", "1", "--timeout", "0.3");

            RoleResult producer = QueuesBench.run(options, WeightedMessages.builtIn(), NO_PROGRESS).role(Role.PRODUCER);

            assertTrue(producer.timeouts() > 0);
            assertEquals(0, producer.requests());
        }
    }

    private int startUnavailable() throws Exception {
        unavailable = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        unavailable.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"title\": \"Service temporarily unavailable\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(503, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        unavailable.start();
        return unavailable.getAddress().getPort();
    }
}
