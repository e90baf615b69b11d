package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.App;
import dev.peregrine.TrustedProxies;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Peregrine behind nginx as the shipped {@code deploy/nginx/peregrine.conf} sets it up: Debian's
 * nginx as a child process terminating TLS (a certificate made by openssl) in front of two
 * instances in this JVM, each test with its own nginx and instances. The app echoes what it was
 * told about the client; each instance's observer records every request that reached it.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BehindNginxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CLIENT_ADDRESS = "127.0.0.2";

    @TempDir
    Path directory;

    private final Map<String, Integer> ordersExecuted = new ConcurrentHashMap<>();
    private final CountDownLatch clientSawFirstEvent = new CountDownLatch(1);
    private final AtomicBoolean eventSeenWhileOpen = new AtomicBoolean();
    private TestCertificate certificate;
    private Path staticRoot;
    private Instance first;
    private Instance second;
    private NginxChildProcess nginx;

    /** One Peregrine instance behind nginx, and every request that reached it. */
    private final class Instance implements ServerObserver {
        final List<String> reached = new CopyOnWriteArrayList<>();
        final PeregrineServer server;

        Instance(String name) {
            this.server = Servers.start(app(name), b -> b.requestIds("X-Request-Id").observer(this));
        }

        @Override
        public void requestCompleted(CompletedExchange exchange) {
            reached.add(exchange.request().method() + " " + exchange.request().target());
        }
    }

    private App app(String name) {
        App app = new App();
        // NOTE: nginx is the only proxy whose forwarding headers count, as docs/deployment.md says.
        app.requestOptions().trustedProxies(TrustedProxies.of("127.0.0.1"));
        app.get("/whoami", (req, resp) -> resp.media(Map.of("instance", name, "scheme", req.forwardedScheme(),
                "host", req.forwardedHost(), "accessRoute", req.accessRoute(), "clientAddress", req.clientAddress(),
                "requestId", String.valueOf(req.header("X-Request-Id")))));
        app.put("/things/{id}", (req, resp) -> resp.media(Map.of("instance", name, "id", req.pathField("id"),
                "bytes", req.stream().readAllBytes().length)));
        app.post("/orders", (req, resp) -> {
            ordersExecuted.merge(new String(req.stream().readAllBytes(), StandardCharsets.UTF_8), 1, Integer::sum);
            resp.status(201).text(name);
        });
        app.get("/events", (req, resp) -> resp.sse(events -> {
            events.send("first");
            eventSeenWhileOpen.set(clientSawFirstEvent.await(10, TimeUnit.SECONDS));
            events.send("last");
        }));
        // NOTE: nginx answers /static/ itself, so this route must never run.
        app.get("/static/{file}", (req, resp) -> resp.text("the app's " + req.pathField("file")));
        return app;
    }

    @BeforeEach
    void startNginxInFrontOfTwoInstances() throws Exception {
        certificate = TestCertificate.ec(directory, "localhost");
        staticRoot = Files.createDirectory(directory.resolve("static"));
        first = new Instance("first");
        second = new Instance("second");
        nginx = NginxChildProcess.start(Files.createDirectory(directory.resolve("nginx")), certificate, staticRoot,
                List.of(first.server.port(), second.server.port()));
    }

    @AfterEach
    void stopEverything() throws Exception {
        if (nginx != null) {
            nginx.close();
        }
        for (Instance instance : new Instance[] {first, second}) {
            if (instance != null) {
                instance.server.stop(Duration.ZERO);
            }
        }
    }

    @Test
    void theAppSeesTheClientsSchemeHostAndAddressAndTheRequestIdNginxLogged() throws Exception {
        RawResponse answer = get("/whoami");
        assertEquals(200, answer.status());
        JsonNode seen = JSON.readTree(answer.body());
        assertEquals("https", seen.get("scheme").asText());
        assertEquals("localhost", seen.get("host").asText(), "nginx passes $host: the name the client used, without the port");
        assertEquals(List.of(CLIENT_ADDRESS, "127.0.0.1"), strings(seen.get("accessRoute")), "the client, then nginx");
        assertEquals(CLIENT_ADDRESS, seen.get("clientAddress").asText());
        String requestId = seen.get("requestId").asText();
        assertTrue(requestId.matches("[0-9a-f]{32}"), "nginx's $request_id reached the app: " + requestId);
        assertEquals(requestId, answer.header("X-Request-Id"), "the instance echoes the id it took");
        int port = ("first".equals(seen.get("instance").asText()) ? first : second).server.port();
        String logged = awaitAccessLogLine("request_id=" + requestId);
        assertTrue(logged.contains("\"GET /whoami HTTP/1.1\" 200") && logged.contains("upstream=127.0.0.1:" + port), logged);
    }

    @Test
    void forwardingHeadersAClientForgesAreReplacedExceptTheAddressesItPutsBeforeItsOwn() throws Exception {
        RawResponse answer;
        try (RawHttpClient client = connect(CLIENT_ADDRESS)) {
            answer = client.send("GET /whoami HTTP/1.1\r\nHost: " + host() + "\r\n"
                    + "Forwarded: for=198.51.100.1;proto=http;host=evil.example\r\n"
                    + "X-Forwarded-Proto: http\r\nX-Forwarded-Host: evil.example\r\n"
                    + "X-Forwarded-For: 198.51.100.1\r\nX-Request-Id: chosen-by-the-client\r\n\r\n").read();
        }
        JsonNode seen = JSON.readTree(answer.body());
        assertEquals("https", seen.get("scheme").asText(), "nginx drops Forwarded and sets X-Forwarded-Proto");
        assertEquals("localhost", seen.get("host").asText());
        assertNotEquals("chosen-by-the-client", seen.get("requestId").asText());
        // NOTE: $proxy_add_x_forwarded_for keeps what the client claimed; only the last two
        // entries are known. Trusting nginx alone is what makes the client's address the one nginx saw.
        assertEquals(List.of("198.51.100.1", CLIENT_ADDRESS, "127.0.0.1"), strings(seen.get("accessRoute")));
        assertEquals(CLIENT_ADDRESS, seen.get("clientAddress").asText(), "the forged address is not believed");
    }

    @Test
    void requestsOnNewConnectionsAreSpreadOverBothInstances() throws Exception {
        Map<String, Integer> answeredBy = new ConcurrentHashMap<>();
        for (int i = 0; i < 200; i++) {
            try (RawHttpClient client = connect(CLIENT_ADDRESS)) {
                RawResponse answer = client.send("GET /whoami HTTP/1.1\r\nHost: " + host() + "\r\nConnection: close\r\n\r\n").read();
                assertEquals(200, answer.status(), answer.text());
                answeredBy.merge(JSON.readTree(answer.body()).get("instance").asText(), 1, Integer::sum);
            }
        }
        assertTrue(answeredBy.getOrDefault("first", 0) >= 50 && answeredBy.getOrDefault("second", 0) >= 50,
                "each instance gets at least a quarter: " + answeredBy);
        assertEquals(answeredBy.get("first").intValue(), first.reached.size());
        assertEquals(answeredBy.get("second").intValue(), second.reached.size());
    }

    @Test
    void staticFilesAreServedByNginxAndNeverReachAnInstance() throws Exception {
        Files.writeString(staticRoot.resolve("site.css"), "body { color: teal }");
        RawResponse file = get("/static/site.css");
        assertEquals(200, file.status());
        assertEquals("body { color: teal }", file.text());
        assertEquals("text/css", file.header("Content-Type"));
        assertEquals("max-age=3600", file.header("Cache-Control"));
        assertNotNull(file.header("ETag"), "a cached copy can be revalidated");
        assertNotNull(file.header("Strict-Transport-Security"), "expires keeps the server's add_header");
        assertEquals(404, get("/static/missing.css").status());
        assertTrue(awaitAccessLogLine("/static/site.css").contains("upstream=-"));
        assertEquals(List.of(), first.reached);
        assertEquals(List.of(), second.reached);
    }

    @Test
    void plainHttpIsRedirectedToHttpsKeepingTheMethod() throws Exception {
        try (RawHttpClient client = new RawHttpClient(nginx.httpPort())) {
            RawResponse answer = client.send("POST /orders?x=1 HTTP/1.1\r\nHost: localhost\r\nContent-Length: 2\r\n\r\nhi").read();
            assertEquals(308, answer.status());
            assertEquals("https://localhost/orders?x=1", answer.header("Location"));
        }
        assertEquals(Map.of(), ordersExecuted);
    }

    @Test
    void anEventStreamReachesTheClientEventByEventThoughNginxBuffersAnswers() throws Exception {
        try (RawHttpClient client = connect(CLIENT_ADDRESS)) {
            client.send("GET /events HTTP/1.1\r\nHost: " + host() + "\r\n\r\n");
            RawResponse head = client.readHead();
            assertEquals(200, head.status());
            assertEquals("text/event-stream", head.header("Content-Type"));
            assertNull(head.header("X-Accel-Buffering"), "nginx takes the header for itself");
            String first = new String(client.chunk(), StandardCharsets.UTF_8);
            assertTrue(first.contains("data: first"), first);
            clientSawFirstEvent.countDown();
            StringBuilder rest = new StringBuilder();
            for (byte[] chunk = client.chunk(); chunk.length > 0; chunk = client.chunk()) {
                rest.append(new String(chunk, StandardCharsets.UTF_8));
            }
            assertTrue(rest.toString().contains("data: last"), rest.toString());
        }
        assertTrue(eventSeenWhileOpen.get(), "the first event reached the client while the stream was open");
    }

    /**
     * The first instance stops gracefully while four clients send GETs and PUTs over kept-alive
     * connections and a fifth sends POSTs. Every GET and PUT is answered 200: what the stopping
     * instance refuses (503) or closes under nginx, nginx sends to the other. No POST is executed
     * twice, and a POST answered 503 was not executed: nginx passed the refusal on rather than
     * replaying it.
     */
    @Test
    void aGracefulStopOfOneInstanceUnderLoadLosesNoIdempotentRequest() throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
        List<Future<?>> clients = new ArrayList<>();
        Future<Map<String, Integer>> posts;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < 4; c++) {
                int client = c;
                clients.add(threads.submit(() -> getAndPut(client, running, answered, failures)));
            }
            posts = threads.submit(() -> post(running));
            Eventually.await("both instances answer", () -> first.reached.size() >= 50 && second.reached.size() >= 50);
            assertTrue(first.server.stop(), "the first instance drained within its drain timeout");
            int atStop = answered.get();
            Eventually.await("300 more requests are answered", () -> answered.get() >= atStop + 300);
            running.set(false);
        }
        for (Future<?> client : clients) {
            client.get();
        }
        assertEquals(Map.of(), Map.copyOf(failures), "GETs and PUTs that failed; nginx:\n" + nginx.logs());
        Map<String, Integer> postAnswers = posts.get();
        for (Map.Entry<String, Integer> order : ordersExecuted.entrySet()) {
            assertEquals(1, order.getValue(), order.getKey() + " was executed more than once");
        }
        for (Map.Entry<String, Integer> order : postAnswers.entrySet()) {
            switch (order.getValue()) {
                case 201 -> assertEquals(1, ordersExecuted.get(order.getKey()), order.getKey() + " answered 201");
                case 503 -> assertNull(ordersExecuted.get(order.getKey()), order.getKey() + " answered 503");
                // NOTE: 502, the connection closed under a POST nginx had sent: it may or may not have run.
                case 502 -> { }
                default -> throw new AssertionError(order.getKey() + " answered " + order.getValue());
            }
        }
    }

    /** GETs and PUTs on one kept-alive connection until told to stop; failures counted by kind. */
    private Void getAndPut(int client, AtomicBoolean running, AtomicInteger answered, Map<String, AtomicInteger> failures)
            throws Exception {
        RawHttpClient connection = null;
        try {
            for (int n = 0; running.get(); n++) {
                boolean get = n % 2 == 0;
                String request = get ? "GET /whoami HTTP/1.1\r\nHost: " + host() + "\r\n\r\n"
                        : "PUT /things/" + client + "-" + n + " HTTP/1.1\r\nHost: " + host() + "\r\nContent-Length: 5\r\n\r\nhello";
                try {
                    if (connection == null) {
                        connection = connect(CLIENT_ADDRESS);
                    }
                    RawResponse answer = connection.send(request).read();
                    if (answer.status() == 200) {
                        answered.incrementAndGet();
                    } else {
                        failures.computeIfAbsent((get ? "GET " : "PUT ") + answer.status(), k -> new AtomicInteger()).incrementAndGet();
                    }
                    if ("close".equalsIgnoreCase(answer.header("Connection"))) {
                        connection.close();
                        connection = null;
                    }
                } catch (IOException e) {
                    failures.computeIfAbsent((get ? "GET " : "PUT ") + e, k -> new AtomicInteger()).incrementAndGet();
                    if (connection != null) {
                        connection.close();
                    }
                    connection = null;
                }
            }
        } finally {
            if (connection != null) {
                connection.close();
            }
        }
        return null;
    }

    /** POSTs of distinct orders on one kept-alive connection until told to stop; each order's status. */
    private Map<String, Integer> post(AtomicBoolean running) throws Exception {
        Map<String, Integer> answers = new ConcurrentHashMap<>();
        RawHttpClient connection = connect(CLIENT_ADDRESS);
        try {
            for (int n = 0; running.get(); n++) {
                String order = "order-" + n;
                RawResponse answer = connection.send("POST /orders HTTP/1.1\r\nHost: " + host() + "\r\nContent-Length: "
                        + order.length() + "\r\n\r\n" + order).read();
                answers.put(order, answer.status());
            }
        } finally {
            connection.close();
        }
        return answers;
    }

    // ---- Helpers -------------------------------------------------------------------------------

    private RawHttpClient connect(String from) throws Exception {
        return new RawHttpClient(certificate.connect(nginx.httpsPort(), from));
    }

    /** The Host a client sends to nginx on its test port. */
    private String host() {
        return "localhost:" + nginx.httpsPort();
    }

    private RawResponse get(String target) throws Exception {
        try (RawHttpClient client = connect(CLIENT_ADDRESS)) {
            return client.send("GET " + target + " HTTP/1.1\r\nHost: " + host() + "\r\n\r\n").read();
        }
    }

    /** nginx writes a request's log line once it has answered: wait for it. */
    private String awaitAccessLogLine(String containing) throws Exception {
        String[] found = new String[1];
        Eventually.await("nginx logs a line with " + containing, () -> {
            try {
                found[0] = nginx.accessLog().stream().filter(line -> line.contains(containing)).findFirst().orElse(null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return found[0] != null;
        });
        return found[0];
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
