package dev.peregrine.queues.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Zaqar's before hooks, in its order and with its texts, and where this service checks more (zaqar.md §1.1, §6). */
class ZaqarHooksTest extends ApiTest {

    private static final String FORM_REFUSED = "Endpoint does not accept `application/x-www-form-urlencoded` content;"
            + " currently supported media type is `application/json`; specify proper client-side media type with the"
            + " \"Content-Type\" header.";

    @Test
    void formBodyIsRefused() {
        Result result = client.put("/v2/queues/q").contentType("application/x-www-form-urlencoded").body("a=1").send();
        assertError(result, 400, "Invalid Content-Type", FORM_REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/x-www-form-urlencoded; charset=utf-8", "Application/X-WWW-Form-Urlencoded",
            " application/x-www-form-urlencoded ;charset=UTF-8"})
    void formBodyIsRefusedWhateverItsParametersAndCase(String contentType) {
        Result result = client.put("/v2/queues/q").contentType(contentType).body("a=1").send();
        assertError(result, 400, "Invalid Content-Type", FORM_REFUSED);
    }

    @Test
    void chunkedFormBodyIsRefused() {
        Result result = client.put("/v2/queues/q").contentType("application/x-www-form-urlencoded")
                .header("Transfer-Encoding", "chunked")
                .body(new ByteArrayInputStream("a=1".getBytes(StandardCharsets.UTF_8))).send();
        assertError(result, 400, "Invalid Content-Type", FORM_REFUSED);
    }

    @Test
    void formContentTypeWithoutBodyIsLeftAlone() {
        assertEquals(200, client.get("/v2/queues/q").contentType("application/x-www-form-urlencoded").send().status());
    }

    @Test
    void clientThatDoesNotAcceptJsonGets406WithALinkToTheAcceptHeader() {
        Result result = client.get("/v2/queues").header("Accept", "text/html").send();
        assertEquals(406, result.status());
        assertEquals(Map.of("title", "406 Not Acceptable",
                "description", "Endpoint only serves `application/json`; specify client-side media type support with"
                        + " the \"Accept\" header.",
                "link", Map.of("text", "14.1 Accept, Hypertext Transfer Protocol -- HTTP/1.1",
                        "href", "http://www.w3.org/Protocols/rfc2616/rfc2616-sec14.html", "rel", "help")),
                result.json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/*", "*/*", "text/html, application/json;q=0.1"})
    void clientThatAcceptsJsonIsServed(String accept) {
        assertEquals(200, client.get("/v2/queues").header("Accept", accept).send().status());
    }

    @Test
    void missingClientIdIs400() {
        Result result = newClient().get("/v2/queues").header("X-Project-ID", project).send();
        assertError(result, 400, "Missing header value", "The \"Client-Id\" header is required.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "3381af92-2b9e-11e3-b191-71861300734", "3381af92-2b9e-11e3-b191-71861300734cc",
            "3381af92-2b9e-11e3-b191-71861300734g", "+381af92-2b9e-11e3-b191-71861300734c"})
    void clientIdThatIsNotAUuidIs400(String clientId) {
        Result result = client.get("/v2/queues").header("Client-ID", clientId).send();
        assertError(result, 400, "Wrong UUID value", "Malformed hexadecimal UUID.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3381AF92-2B9E-11E3-B191-71861300734C", "3381af922b9e11e3b19171861300734c",
            "{3381af92-2b9e-11e3-b191-71861300734c}", "urn:uuid:3381af92-2b9e-11e3-b191-71861300734c"})
    void clientIdIsReadAsPythonReadsAUuid(String clientId) {
        assertEquals(200, client.get("/v2/queues").header("Client-ID", clientId).send().status());
    }

    @Test
    void missingProjectIdIs400() {
        Result result = newClient().get("/v2/queues").header("Client-ID", CLIENT_ID).send();
        assertError(result, 400, "Project-Id Missing", "The header X-PROJECT-ID was missing");
    }

    @Test
    void emptyProjectIdIs400() {
        Result result = client.get("/v2/queues").header("X-Project-ID", "").send();
        assertError(result, 400, "Empty project header not allowed",
                "X-PROJECT-ID cannot be an empty string. Specify the right header X-PROJECT-ID and retry.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/v2/queues", "/v2/ping", "/v2/queues/q", "/v2/"})
    void projectIdLongerThan256IsRefusedOnEveryRoute(String path) {
        Result result = client.get(path).header("X-Project-ID", "p".repeat(257)).send();
        assertError(result, 400, "Invalid queue identification",
                "The format of the submitted queue name or project id is not valid.");
    }

    @Test
    void projectIdOf256IsAccepted() {
        assertEquals(201, client.put("/v2/queues/q").header("X-Project-ID", "p".repeat(256)).send().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a%20b", "a%2Fb", "caf%C3%A9", "a*b"})
    void queueNameWithOtherCharactersIsRefused(String name) {
        Result result = client.put("/v2/queues/" + name).send();
        assertError(result, 400, "Invalid queue identification",
                "The format of the submitted queue name or project id is not valid.");
    }

    @Test
    void queueNameLongerThan64IsRefused() {
        Result result = client.get("/v2/queues/" + "q".repeat(65) + "/messages").send();
        assertError(result, 400, "Invalid queue identification",
                "The format of the submitted queue name or project id is not valid.");
    }

    @Test
    void queueNameMayHoldLettersDigitsUnderscoresDashesAndDots() {
        assertEquals(201, client.put("/v2/queues/Orders_2026-12.eu").send().status());
        assertEquals(201, client.put("/v2/queues/" + "q".repeat(64)).send().status());
    }

    @Test
    void versionsDocumentNeedsNoHeaders() {
        assertEquals(300, newClient().simulateGet("/").status());
    }

    @Test
    void formBodyIsRefusedBeforeAcceptIsChecked() {
        Result result = client.put("/v2/queues/q").header("Accept", "text/html")
                .contentType("application/x-www-form-urlencoded").body("a=1").send();
        assertEquals("Invalid Content-Type", result.jsonObject().get("title"));
    }

    @Test
    void acceptIsCheckedBeforeClientId() {
        TestClient bare = newClient();
        assertEquals(406, bare.get("/v2/queues").header("Accept", "text/html").send().status());
    }

    @Test
    void clientIdIsCheckedBeforeProjectId() {
        Result result = newClient().get("/v2/queues").header("Client-ID", "nope").send();
        assertEquals("Wrong UUID value", result.jsonObject().get("title"));
    }

    @Test
    void projectIdIsCheckedBeforeQueueName() {
        Result result = newClient().get("/v2/queues/a*b").header("Client-ID", CLIENT_ID).send();
        assertEquals("Project-Id Missing", result.jsonObject().get("title"));
    }

    @Test
    void pathWithoutRouteIs404WithoutHeaderChecks() {
        assertEquals(404, newClient().simulateGet("/v2/nothing/here").status());
    }
}
