package dev.peregrine.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.examples.quote.QuoteResource;
import dev.peregrine.examples.things.InMemoryStorage;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExamplesAppTest {

    private InMemoryStorage storage;
    private TestClient client;

    @BeforeEach
    void setUp() {
        storage = new InMemoryStorage();
        client = new TestClient(ExamplesApp.create(storage, (token, userId) -> "good".equals(token)));
    }

    @Test
    void thingsAnswersWithKantsQuoteWithoutAuth() {
        Result result = client.simulateGet("/things");
        assertEquals(200, result.status());
        assertEquals("text/plain; charset=utf-8", result.contentType());
        assertEquals(QuoteResource.QUOTE, result.text());
        assertTrue(result.text().contains("~ Immanuel Kant"));
    }

    @Test
    void missingTokenIs401WithTitleDescriptionAndLink() {
        Result result = client.simulateGet("/alice/things");
        assertEquals(401, result.status());
        assertEquals("Token type=\"Fernet\"", result.header("WWW-Authenticate"));
        assertEquals(Map.of("title", "Auth token required",
                "description", "Please provide an auth token as part of the request.",
                "link", Map.of("text", "Documentation related to this error", "href", "http://docs.example.com/auth",
                        "rel", "help")), result.json());
    }

    @Test
    void invalidTokenIs401AuthenticationRequired() {
        Result result = client.get("/alice/things").header("X-Auth-Token", "bad").send();
        assertEquals(401, result.status());
        assertEquals("Authentication required", result.jsonObject().get("title"));
        assertEquals("The provided auth token is not valid. Please request a new token and try again.",
                result.jsonObject().get("description"));
    }

    @Test
    void clientThatDoesNotAcceptJsonGets415() {
        Result result = client.get("/alice/things").header("X-Auth-Token", "good").header("Accept", "text/html").send();
        assertEquals(415, result.status());
        assertEquals("This API only supports the JSON media type.", result.jsonObject().get("title"));
    }

    @Test
    void postThenListWithMarkerAndLimit() {
        for (String color : List.of("green", "blue", "red")) {
            Result created = client.post("/alice/things").header("X-Auth-Token", "good").json(Map.of("color", color)).send();
            assertEquals(201, created.status());
            String id = (String) created.jsonObject().get("id");
            assertEquals("/alice/things/" + id, created.header("Location"));
        }
        Result all = client.get("/alice/things").header("X-Auth-Token", "good").send();
        assertEquals(200, all.status());
        assertEquals("Small Furry Creatures", all.header("X-Powered-By"));
        List<?> things = (List<?>) all.json();
        assertEquals(3, things.size());
        String firstId = (String) ((Map<?, ?>) things.get(0)).get("id");

        Result page = client.get("/alice/things").header("X-Auth-Token", "good")
                .param("marker", firstId).param("limit", "1").send();
        List<?> pageThings = (List<?>) page.json();
        assertEquals(1, pageThings.size());
        assertEquals("blue", ((Map<?, ?>) pageThings.get(0)).get("color"));
    }

    @Test
    void malformedJsonIs400() {
        Result result = client.post("/alice/things").header("X-Auth-Token", "good")
                .contentType("application/json").body("{\"color\": ").send();
        assertEquals(400, result.status());
        assertEquals("Invalid JSON", result.jsonObject().get("title"));
    }

    @Test
    void nonObjectThingIs400() {
        Result result = client.post("/alice/things").header("X-Auth-Token", "good").json(List.of(1)).send();
        assertEquals(400, result.status());
        assertEquals("Invalid thing", result.jsonObject().get("title"));
    }

    @Test
    void oversizedBodyIs413() {
        Result result = client.post("/alice/things").header("X-Auth-Token", "good")
                .contentType("application/json").body("\"" + "x".repeat(70_000) + "\"").send();
        assertEquals(413, result.status());
        assertEquals("Request body is too large", result.jsonObject().get("title"));
    }

    @Test
    void storageDownOnListIs503WithRetryAfter() {
        storage.down(true);
        Result result = client.get("/alice/things").header("X-Auth-Token", "good").send();
        assertEquals(503, result.status());
        assertEquals("30", result.header("Retry-After"));
        assertEquals("Service Outage", result.jsonObject().get("title"));
    }

    @Test
    void storageErrorOnPostIsMappedByTheErrorHandler() {
        storage.down(true);
        Result result = client.post("/alice/things").header("X-Auth-Token", "good").json(Map.of("color", "x")).send();
        assertEquals(500, result.status());
        assertEquals("Database Error", result.jsonObject().get("title"));
        assertNull(result.header("Location"));
    }

    @Test
    void badLimitIs400NamingTheParameter() {
        Result result = client.get("/alice/things").header("X-Auth-Token", "good").param("limit", "lots").send();
        assertEquals(400, result.status());
        assertEquals("The \"limit\" parameter is invalid. The value must be an integer.", result.jsonObject().get("description"));
    }
}
