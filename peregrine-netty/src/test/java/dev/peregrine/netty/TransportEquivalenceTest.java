package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.testing.Result;
import dev.peregrine.testing.SimulatedRequest;
import dev.peregrine.testing.TestClient;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The conformance requests, each answered in process by {@code TestClient} and over a socket by
 * the server: status line, header lines in order and body are the same bytes, but for the
 * {@code Date} line only a server adds.
 */
class TransportEquivalenceTest {

    private static final String JSON = "application/json";

    private static PeregrineServer server;
    private static TestClient client;

    /** A request: method, target, extra header lines and an optional body. */
    record Exchange(String method, String target, List<String[]> headers, byte[] body) {
        @Override
        public String toString() {
            return method + " " + target;
        }
    }

    @BeforeAll
    static void start() {
        server = Servers.start(ConformanceApp.create(), b -> b);
        client = new TestClient(ConformanceApp.create());
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    static Stream<Exchange> exchanges() {
        return Stream.of(
                get("/things/42"), get("/nowhere"), get("/text"), get("/search?q=a%20b&limit=5"),
                get("/search?q=x&limit=500"), get("/stream"), get("/bye"), get("/static/data.bin"),
                get("/echo-header?value=a%0D%0Ab"), get("/echo-header?value=fine"),
                new Exchange("HEAD", "/things/42", List.of(), null),
                new Exchange("HEAD", "/static/data.bin", List.of(), null),
                new Exchange("DELETE", "/text", List.of(), null),
                new Exchange("BREW", "/text", List.of(), null),
                new Exchange("OPTIONS", "/text", List.of(), null),
                new Exchange("OPTIONS", "*", List.of(), null),
                new Exchange("GET", "/cookies", List.<String[]>of(new String[] {"Cookie", "session=abc"}), null),
                new Exchange("GET", "/static/data.bin", List.<String[]>of(new String[] {"Range", "bytes=10-19"}), null),
                new Exchange("GET", "/static/data.bin", List.<String[]>of(new String[] {"Range", "bytes=999999-"}), null),
                new Exchange("GET", "/things/1", List.<String[]>of(new String[] {"Accept", "application/xml"}), null),
                post("{\"color\":\"green\"}"), post("{\"name\": "), post("[1]"), post("{\"n\": 1e999999999}"));
    }

    private static Exchange get(String target) {
        return new Exchange("GET", target, List.of(), null);
    }

    private static Exchange post(String json) {
        return new Exchange("POST", "/things", List.<String[]>of(new String[] {"Content-Type", JSON}),
                json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exchanges")
    void inProcessAndOverASocketTheAnswerIsTheSame(Exchange exchange) throws Exception {
        assertEquals(inProcess(exchange), overSocket(exchange));
    }

    private static String inProcess(Exchange exchange) {
        SimulatedRequest request = client.request(exchange.method(), exchange.target());
        for (String[] header : exchange.headers()) {
            request.header(header[0], header[1]);
        }
        if (exchange.body() != null) {
            request.body(exchange.body());
        }
        Result result = request.send();
        return serialize(result.statusLine(), result.headers(), result.content());
    }

    private static String overSocket(Exchange exchange) throws Exception {
        try (RawHttpClient socket = new RawHttpClient(server.port())) {
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            StringBuilder head = new StringBuilder(exchange.method() + " " + exchange.target() + " HTTP/1.1\r\n"
                    + "Host: localhost\r\nUser-Agent: peregrine-test-client\r\n");
            for (String[] header : exchange.headers()) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
            if (exchange.body() != null) {
                head.append("Content-Length: ").append(exchange.body().length).append("\r\n");
            }
            request.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            if (exchange.body() != null) {
                request.write(exchange.body());
            }
            socket.send(request.toByteArray());
            RawResponse response = socket.read("HEAD".equals(exchange.method()));
            List<String[]> headers = new ArrayList<>();
            for (String[] header : response.headers()) {
                if (!header[0].equalsIgnoreCase("Date")) {
                    headers.add(header);
                }
            }
            return serialize(response.status() + " " + response.reason(), headers, response.body());
        }
    }

    private static String serialize(String statusLine, List<String[]> headers, byte[] body) {
        StringBuilder out = new StringBuilder(statusLine).append("\r\n");
        for (String[] header : headers) {
            out.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
        return out.append("\r\n").append(new String(body, StandardCharsets.ISO_8859_1)).toString();
    }
}
