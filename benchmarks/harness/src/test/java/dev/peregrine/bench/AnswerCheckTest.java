package dev.peregrine.bench;

import com.sun.net.httpserver.HttpServer;
import dev.peregrine.benchmarks.peers.model.QueueListing;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AnswerCheckTest {
    private static Optional<String> check(Endpoint endpoint, int status, String contentType, String body) {
        return AnswerCheck.problemWith(endpoint, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonWithOtherSpacingAndKeyOrderIsRight() {
        assertEquals(Optional.empty(), check(Endpoint.COMPARE, 200, "application/json",
                "{\"b\": \"topic\", \"a\": \"main\",\n \"repo\": \"bench\", \"org\": \"peregrine\"}"));
    }

    @Test
    void numbersCompareByValue() {
        String withDecimals = Endpoint.QUEUE_1K.body().replace("\"ttl\":300", "\"ttl\":300.0");
        assertEquals(Optional.empty(), check(Endpoint.QUEUE_1K, 200, "application/json", withDecimals));
    }

    @Test
    void jsonWithAWrongValueIsWrongAndQuotesBothBodies() {
        assertEquals(Optional.of("/json: body '{\"message\": \"Hello\"}', expected '{\"message\":\"Hello, World!\"}'"),
                check(Endpoint.JSON, 200, "application/json", "{\"message\": \"Hello\"}"));
    }

    @Test
    void listingMissingAMessageIsWrong() {
        String tenMessages = ContractJson.of(QueueListing.build(10));
        assertTrue(check(Endpoint.QUEUE_1K, 200, "application/json", tenMessages).isPresent());
    }

    @Test
    void malformedJsonIsWrongNotAnException() {
        assertTrue(check(Endpoint.JSON, 200, "application/json", "{\"message\": ").isPresent());
    }

    @Test
    void wrongStatusIsNamedWithTheExpectedOne() {
        assertEquals(Optional.of("/queues/demo/empty: status 200, expected 204"),
                check(Endpoint.EMPTY, 200, null, ""));
    }

    @Test
    void charsetParameterAndCaseDoNotMatterInTheMediaType() {
        assertEquals(Optional.empty(), check(Endpoint.PLAINTEXT, 200, "Text/Plain; charset=UTF-8", "Hello, World!"));
    }

    @Test
    void wrongMediaTypeIsNamed() {
        assertEquals(Optional.of("/json: Content-Type 'text/plain', expected media type application/json"),
                check(Endpoint.JSON, 200, "text/plain", "{\"message\":\"Hello, World!\"}"));
    }

    @Test
    void missingContentTypeIsWrong() {
        assertTrue(check(Endpoint.JSON, 200, null, "{\"message\":\"Hello, World!\"}").isPresent());
    }

    @Test
    void plainTextIsComparedByteForByte() {
        assertEquals(Optional.of("/plaintext: body 'Hello, World!\n', expected 'Hello, World!'"),
                check(Endpoint.PLAINTEXT, 200, "text/plain", "Hello, World!\n"));
    }

    @Test
    void emptyAnswerToA204IsRight() {
        assertEquals(Optional.empty(), check(Endpoint.EMPTY, 204, null, ""));
    }

    @Test
    void bodyOnA204IsWrong() {
        assertEquals(Optional.of("/queues/demo/empty: a 204 must have no body, got 2 bytes"),
                check(Endpoint.EMPTY, 204, "application/json", "{}"));
    }

    @Test
    void answersAreFetchedOverHttpAndChecked() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/json", exchange -> {
            byte[] body = "{ \"message\" : \"Hello, World!\" }".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (HttpClient client = HttpClient.newHttpClient()) {
            URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
            assertEquals(Optional.empty(), AnswerCheck.ask(client, base, Endpoint.JSON));
            assertEquals(Optional.of("/plaintext: status 404, expected 200"),
                    AnswerCheck.ask(client, base, Endpoint.PLAINTEXT));
        } finally {
            server.stop(0);
        }
    }
}
