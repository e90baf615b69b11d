package dev.peregrine.queues.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.testing.Result;
import dev.peregrine.testing.SimulatedRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input anywhere is a 4xx whose JSON body names what was wrong, never a 500. */
class BadInputTest extends ApiTest {

    private static final String PATCH_TYPE = "application/openstack-messaging-v2.0-json-patch";

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    @Test
    void jsonNestedDeeperThan64LevelsIsRefused() {
        // NOTE: the body is nested in three levels of its own: {"messages": [{"body": ...}]}.
        String body = "{\"messages\": [{\"body\": " + nested(61) + "}]}";
        assertEquals(201, client.post("/v2/queues/q/messages").body(body).send().status());
        String deeper = "{\"messages\": [{\"body\": " + nested(62) + "}]}";
        assertError(client.post("/v2/queues/q/messages").body(deeper).send(), 400, "Invalid request body",
                "Request body could not be parsed: JSON nested deeper than 64 levels is not accepted.");
    }

    @Test
    void deeplyNestedJsonIsRefusedWithoutExhaustingTheStack() {
        String body = "{\"a\": " + nested(100_000) + "}";
        for (String path : List.of("/v2/queues/q", "/v2/queues/q/messages", "/v2/queues/q/claims")) {
            Result result = client.request(path.endsWith("q") ? "PUT" : "POST", path).body(body).send();
            assertEquals(400, result.status(), path + ": " + result.text());
        }
    }

    @Test
    void integerTooLargeForSixtyFourBitsIsRefused() {
        assertError(client.post("/v2/queues/q/messages").body("{\"messages\": [{\"body\": 9223372036854775808}]}").send(),
                400, "Invalid request body", "JSON contains integer that is too large.");
        assertError(client.put("/v2/queues/q").body("{\"a\": -9223372036854775809}").send(),
                400, "Invalid request body", "JSON contains integer that is too large.");
    }

    @Test
    void numberTooLargeForADoubleIsRefused() {
        assertError(client.post("/v2/queues/q/messages").body("{\"messages\": [{\"body\": 1e400}]}").send(),
                400, "Invalid request body", "JSON contains a number that is too large.");
    }

    @Test
    void unpairedSurrogateIsRefused() {
        assertError(client.post("/v2/queues/q/messages").body("{\"messages\": [{\"body\": \"a\\ud800b\"}]}").send(),
                400, "Invalid request body",
                "Request body could not be parsed: a string holds an unpaired UTF-16 surrogate (\\ud800).");
        assertEquals(400, client.put("/v2/queues/q").body("{\"\\udc00\": 1}").send().status());
    }

    @Test
    void bodyThatIsNotUtf8IsRefused() {
        byte[] latin1 = "{\"messages\": [{\"body\": \"caf\u00e9\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        assertError(client.post("/v2/queues/q/messages").body(latin1).send(), 400, "Invalid request body",
                "Request body could not be parsed.");
    }

    @Test
    void hugeBodyIsRefusedByItsLengthBeforeItIsRead() {
        InputStream never = new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the body was read");
            }
        };
        for (SimulatedRequest request : List.of(client.put("/v2/queues/q"), client.post("/v2/queues/q/messages"),
                client.post("/v2/queues/q/claims"), client.patch("/v2/queues/q").contentType(PATCH_TYPE),
                client.post("/v2/queues/q/purge"))) {
            Result result = request.header("Content-Length", "1000000000").body(never).send();
            assertEquals(400, result.status(), result.text());
            assertTrue(((String) result.jsonObject().get("description")).contains("too large"), result.text());
        }
    }

    @Test
    void hugeChunkedBodyIsRefusedOnceItPassesTheLimit() {
        InputStream endless = new InputStream() {
            private long sent;

            @Override
            public int read() {
                sent++;
                if (sent > 10_000_000) {
                    throw new AssertionError("read far past the limit");
                }
                return sent == 1 ? '[' : ' ';
            }
        };
        Result result = client.post("/v2/queues/q/claims").body(endless).send();
        assertError(result, 400, "Invalid API request", "Request body is too large. Max size: 4096");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "x", "{", "}", "[", "{\"a\"}", "{\"a\":}", "nul", "NaN", "[1,]", "{'a': 1}", "\"\\x\"",
        "[1] [2]", "0", "true", "null", "\"str\"", "{\"a\": 01}", "{\"a\": Infinity}", "\u0000", "[\"\u0001\"]"})
    void anyBodyOnAnyRouteIsAnsweredWithoutA500(String body) {
        List<SimulatedRequest> requests = List.of(client.put("/v2/queues/q"), client.post("/v2/queues/q/messages"),
                client.post("/v2/queues/q/claims"), client.patch("/v2/queues/q").contentType(PATCH_TYPE),
                client.patch("/v2/queues/q/claims/3381af92-2b9e-11e3-b191-71861300734c"), client.post("/v2/queues/q/purge"));
        for (SimulatedRequest request : requests) {
            Result result = request.body(body).send();
            assertTrue(result.status() < 500, result.status() + " " + result.text());
            if (result.status() >= 400) {
                assertTrue(result.jsonObject().get("description") instanceof String, result.text());
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"[{\"op\": 1, \"path\": 2}]", "[{\"op\": \"add\", \"path\": null, \"value\": 1}]",
        "[{\"op\": \"add\", \"path\": [\"/metadata/a\"], \"value\": 1}]", "[null]", "[[]]",
        "[{\"op\": \"remove\", \"path\": \"/\"}]", "[{\"op\": \"remove\", \"path\": \"/ /\"}]",
        "[{\"op\": \"add\", \"path\": \"/metadata/~\", \"value\": 1}]"})
    void patchWithChangesOfTheWrongShapeIs400(String body) {
        client.simulatePut("/v2/queues/q");
        Result result = client.patch("/v2/queues/q").contentType(PATCH_TYPE).body(body).send();
        assertEquals(400, result.status(), result.text());
        assertEquals("Invalid request body", result.jsonObject().get("title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=x", "limit=1.5", "limit=99999999999", "echo=2", "include_claimed=yes%20please"})
    void listingParameterOfTheWrongTypeIs400(String query) {
        Result result = client.simulateGet("/v2/queues/q/messages?" + query);
        assertEquals(400, result.status(), result.text());
        assertEquals("Invalid parameter", result.jsonObject().get("title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pop=x", "pop=1e3", "pop=%20"})
    void otherParameterOfTheWrongTypeIs400(String query) {
        assertEquals("Invalid parameter", client.simulateDelete("/v2/queues/q/messages?" + query + "&ids=a")
                .jsonObject().get("title"));
        assertEquals("Invalid parameter", client.simulatePost("/v2/queues/q/claims?" + query.replace("pop", "limit"))
                .jsonObject().get("title"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "%00", "a%2F..%2Fb", "%C0%AE", "'%20OR%201=1", "12345678-1234-1234-1234-1234567890ab%0A"})
    void idsThatAreNotUuidsNameNothing(String id) {
        assertEquals(404, client.simulateGet("/v2/queues/q/messages/" + id).status());
        assertEquals(204, client.simulateDelete("/v2/queues/q/messages/" + id).status());
        assertEquals(404, client.simulateGet("/v2/queues/q/claims/" + id).status());
        assertEquals(404, client.patch("/v2/queues/q/claims/" + id).json(Map.of()).send().status());
        assertEquals(204, client.simulateDelete("/v2/queues/q/claims/" + id).status());
        assertEquals(404, client.simulateGet("/v2/queues/q/messages?ids=" + id).status());
        assertEquals(204, client.simulateDelete("/v2/queues/q/messages?ids=" + id).status());
    }

    @Test
    void markerThatTheStoreNeverGaveIsAnEmptyPage() {
        post("q", "1");
        for (String marker : List.of("nonsense", "-1", "99999999999999999999", "%00")) {
            Result result = client.simulateGet("/v2/queues/q/messages?echo=true&marker=" + marker);
            assertEquals(Map.of("messages", List.of(), "links", List.of()), result.json(), marker);
        }
    }

    @Test
    void chunkedEmptyBodyCountsAsNoBody() {
        Result result = client.post("/v2/queues/q/claims").body(new ByteArrayInputStream(new byte[0])).send();
        assertEquals(204, result.status());
    }
}
