package dev.peregrine.queues.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.testing.Result;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Queues: create, read, patch, delete, list, stats and purge (zaqar.md §1.2). */
class QueuesTest extends ApiTest {

    private static final String PATCH_TYPE = "application/openstack-messaging-v2.0-json-patch";

    /** The metadata of a queue that has none: Zaqar's reserved defaults. */
    private static Map<String, Object> defaults() {
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put("_max_messages_post_size", 262144);
        defaults.put("_default_message_ttl", 3600);
        defaults.put("_default_message_delay", 0);
        defaults.put("_dead_letter_queue", null);
        defaults.put("_dead_letter_queue_messages_ttl", null);
        defaults.put("_max_claim_count", null);
        defaults.put("_enable_encrypt_messages", false);
        return defaults;
    }

    // ---- PUT -----------------------------------------------------------------------------------

    @Test
    void putCreatesTheQueueWith201AndItsLocation() {
        Result result = client.put("/v2/queues/fizbit").json(Map.of("color", "blue")).send();
        assertEquals(201, result.status());
        assertEquals("/v2/queues/fizbit", result.header("Location"));
        assertEquals("", result.text());
    }

    @Test
    void putOfAnExistingQueueIs204AndKeepsItsMetadata() {
        client.put("/v2/queues/fizbit").json(Map.of("color", "blue")).send();
        Result again = client.put("/v2/queues/fizbit").json(Map.of("color", "red")).send();
        assertEquals(204, again.status());
        assertEquals("/v2/queues/fizbit", again.header("Location"));
        assertEquals("blue", client.simulateGet("/v2/queues/fizbit").jsonObject().get("color"));
    }

    @Test
    void putWithoutBodyCreatesTheQueueWithoutMetadata() {
        assertEquals(201, client.simulatePut("/v2/queues/fizbit").status());
        assertEquals(defaults(), client.simulateGet("/v2/queues/fizbit").json());
    }

    @Test
    void putOfMetadataLargerThanTheLimitIs400ByItsContentLength() {
        Result result = client.put("/v2/queues/fizbit").body("{\"a\": \"" + "x".repeat(65536) + "\"}").send();
        assertError(result, 400, "Invalid API request", "Queue metadata is too large. Max size: 65536");
    }

    @Test
    void chunkedPutOfMetadataLargerThanTheLimitIs400WhileItArrives() {
        byte[] body = ("{\"a\": \"" + "x".repeat(65536) + "\"}").getBytes(StandardCharsets.UTF_8);
        Result result = client.put("/v2/queues/fizbit").body(new ByteArrayInputStream(body)).send();
        assertError(result, 400, "Invalid API request", "Queue metadata is too large. Max size: 65536");
        assertEquals(List.of(), client.simulateGet("/v2/queues").jsonObject().get("queues"));
    }

    @Test
    void putOfMetadataThatIsNotAnObjectIs400() {
        Result result = client.put("/v2/queues/fizbit").body("[1, 2]").send();
        assertError(result, 400, "Invalid request body", "Document type not supported.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"_default_message_ttl\": 59}|_default_message_ttl can not exceed 1209600 seconds, and must be at least 60 seconds long.",
        "{\"_default_message_ttl\": 0}|_default_message_ttl can not exceed 1209600 seconds, and must be at least 60 seconds long.",
        "{\"_default_message_ttl\": 1209601}|_default_message_ttl can not exceed 1209600 seconds, and must be at least 60 seconds long.",
        "{\"_default_message_ttl\": \"60\"}|_default_message_ttl must be integer.",
        "{\"_default_message_ttl\": true}|_default_message_ttl must be integer.",
        "{\"_default_message_ttl\": 120.0}|_default_message_ttl must be integer.",
        "{\"_max_messages_post_size\": 0}|_max_messages_post_size can not exceed 262144,  and must be at least greater than 0.",
        "{\"_max_messages_post_size\": 262145}|_max_messages_post_size can not exceed 262144,  and must be at least greater than 0.",
        "{\"_max_messages_post_size\": \"big\"}|_max_messages_post_size must be integer.",
        "{\"_max_claim_count\": \"3\"}|_max_claim_count must be integer.",
        "{\"_max_claim_count\": -1}|_max_claim_count must be at least 0.",
        "{\"_dead_letter_queue_messages_ttl\": 30}|The TTL for a message may not exceed 1209600 seconds, and must be at least 60 seconds long.",
        "{\"_dead_letter_queue_messages_ttl\": [1]}|_dead_letter_queue_messages_ttl must be integer.",
        "{\"_default_message_delay\": 901}|The TTL can not exceed 900 seconds, and must be at least 0 seconds long.",
        "{\"_default_message_delay\": -1}|The TTL can not exceed 900 seconds, and must be at least 0 seconds long.",
        "{\"_default_message_delay\": \"\"}|_default_message_delay must be integer.",
        "{\"_enable_encrypt_messages\": \"yes\"}|_enable_encrypt_messages must be boolean.",
        "{\"_enable_encrypt_messages\": true}|Messages are not encrypted by this service; _enable_encrypt_messages must be false.",
        "{\"_retry_policy\": [1]}|retry_policy must be a dict.",
        "{\"_dead_letter_queue\": \"no such name!\"}|_dead_letter_queue must be a queue name: at most 64 ASCII letters, digits, underscores, dashes and dots.",
        "{\"_dead_letter_queue\": 7}|_dead_letter_queue must be a queue name: at most 64 ASCII letters, digits, underscores, dashes and dots."
    })
    void putWithAReservedKeyOutOfRangeIs400(String metadata, String description) {
        Result result = client.put("/v2/queues/fizbit").body(metadata).send();
        assertError(result, 400, "Invalid API request", description);
        assertEquals(defaults(), client.simulateGet("/v2/queues/fizbit").json());
    }

    @Test
    void putAcceptsReservedKeysInRangeAndNulls() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("_default_message_ttl", 60);
        metadata.put("_max_messages_post_size", 1024);
        metadata.put("_default_message_delay", 900);
        metadata.put("_max_claim_count", 3);
        metadata.put("_dead_letter_queue", "dead.letters");
        metadata.put("_dead_letter_queue_messages_ttl", 1209600);
        metadata.put("_enable_encrypt_messages", false);
        metadata.put("_retry_policy", Map.of());
        metadata.put("owner", null);
        assertEquals(201, client.put("/v2/queues/fizbit").json(metadata).send().status());
        assertEquals(metadata, client.simulateGet("/v2/queues/fizbit").json());
    }

    // ---- GET -----------------------------------------------------------------------------------

    @Test
    void getAnswersTheMetadataWithReservedDefaultsForKeysAbsentOrFalsy() {
        client.put("/v2/queues/fizbit").body("{\"color\": \"blue\", \"_max_claim_count\": 0, \"_default_message_ttl\": null}").send();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("color", "blue");
        expected.put("_max_claim_count", null);
        expected.put("_default_message_ttl", 3600);
        expected.putAll(Map.of("_max_messages_post_size", 262144, "_default_message_delay", 0,
                "_enable_encrypt_messages", false));
        expected.put("_dead_letter_queue", null);
        expected.put("_dead_letter_queue_messages_ttl", null);
        Result result = client.simulateGet("/v2/queues/fizbit");
        assertEquals(200, result.status());
        assertEquals(expected, result.json());
    }

    @Test
    void getOfAQueueThatDoesNotExistAnswersTheDefaults() {
        Result result = client.simulateGet("/v2/queues/nothing");
        assertEquals(200, result.status());
        assertEquals(defaults(), result.json());
    }

    @Test
    void queuesOfAnotherProjectAreNotSeen() {
        client.put("/v2/queues/fizbit").json(Map.of("color", "blue")).send();
        Result other = client.get("/v2/queues/fizbit").header("X-Project-ID", project + "-other").send();
        assertEquals(defaults(), other.json());
        assertEquals(List.of(), client.get("/v2/queues").header("X-Project-ID", project + "-other").send().jsonObject().get("queues"));
    }

    // ---- PATCH ---------------------------------------------------------------------------------

    private Result patch(String queue, String body) {
        return client.patch("/v2/queues/" + queue).contentType(PATCH_TYPE).body(body).send();
    }

    @Test
    void patchAppliesTheChangesInOrderAndAnswersTheMetadata() {
        client.put("/v2/queues/fizbit").body("{\"color\": \"blue\", \"size\": 1}").send();
        Result result = patch("fizbit", "[{\"op\": \"replace\", \"path\": \"/metadata/color\", \"value\": \"red\"},"
                + " {\"op\": \"add\", \"path\": \"/metadata/shape\", \"value\": {\"round\": true}},"
                + " {\"op\": \"remove\", \"path\": \"/metadata/size\"},"
                + " {\"op\": \"replace\", \"path\": \"/metadata/_default_message_ttl\", \"value\": 120}]");
        assertEquals(200, result.status(), result.text());
        Map<String, Object> expected = new LinkedHashMap<>(defaults());
        expected.put("color", "red");
        expected.put("shape", Map.of("round", true));
        expected.put("_default_message_ttl", 120);
        assertEquals(expected, result.jsonObject());
        assertEquals(expected, client.simulateGet("/v2/queues/fizbit").jsonObject());
    }

    @Test
    void patchTakesItsMediaTypeWithParameters() {
        client.simulatePut("/v2/queues/fizbit");
        Result result = client.patch("/v2/queues/fizbit").contentType(PATCH_TYPE + "; charset=utf-8")
                .body("[{\"op\": \"add\", \"path\": \"/metadata/a\", \"value\": 1}]").send();
        assertEquals(200, result.status());
    }

    @Test
    void patchWithAnotherMediaTypeIs415NamingTheOneItTakes() {
        client.simulatePut("/v2/queues/fizbit");
        Result result = client.patch("/v2/queues/fizbit").json(List.of()).send();
        assertEquals(415, result.status());
        assertEquals(PATCH_TYPE, result.header("Accept-Patch"));
        assertEquals(Map.of("title", "415 Unsupported Media Type",
                "description", "Accepted media type for PATCH: " + PATCH_TYPE + "."), result.json());
    }

    @Test
    void patchWithoutBodyIs400() {
        client.simulatePut("/v2/queues/fizbit");
        Result result = client.patch("/v2/queues/fizbit").contentType(PATCH_TYPE).send();
        assertError(result, 400, "Invalid request body", "PATCH body could not be empty for update.");
    }

    @Test
    void patchWithAnObjectBodyIs400() {
        client.simulatePut("/v2/queues/fizbit");
        assertError(patch("fizbit", "{\"op\": \"add\"}"), 400, "Invalid request body", "Document type not supported.");
    }

    @Test
    void patchLargerThanTheMetadataLimitIs400() {
        Result result = patch("fizbit", "[{\"op\": \"add\", \"path\": \"/metadata/a\", \"value\": \"" + "x".repeat(65536) + "\"}]");
        assertError(result, 400, "Invalid request body", "Queue metadata is too large. Max size: 65536");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[1]|Operations must be JSON objects.",
        "[{\"path\": \"/metadata/a\"}]|Unable to find `op` in JSON Schema change. It must be one of the following: add, remove, replace.",
        "[{\"op\": \"move\", \"path\": \"/metadata/a\"}]|Invalid operation: `move`. It must be one of the following: add, remove, replace.",
        "[{\"op\": \"add\", \"value\": 1}]|Unable to find 'path' in JSON Schema change",
        "[{\"op\": \"add\", \"path\": \"metadata/a\", \"value\": 1}]|Pointer `metadata/a` does not start with \"/\".",
        "[{\"op\": \"add\", \"path\": \"/metadata//a\", \"value\": 1}]|Pointer `/metadata//a` contains adjacent \"/\".",
        "[{\"op\": \"add\", \"path\": \"/metadata/a/\", \"value\": 1}]|Pointer `/metadata/a/` end with \"/\".",
        "[{\"op\": \"add\", \"path\": \"/metadata/a~2\", \"value\": 1}]|Pointer `/metadata/a~2` contains \"~\" not part of a recognized escape sequence.",
        "[{\"op\": \"add\", \"path\": \"/metadata/a/b\", \"value\": 1}]|Invalid JSON pointer for this resource: '/metadata/a/b, e.g /metadata/key'",
        "[{\"op\": \"add\", \"path\": \"/metadata\", \"value\": 1}]|Invalid JSON pointer for this resource: '/metadata, e.g /metadata/key'",
        "[{\"op\": \"add\", \"path\": \"/metadata/a\"}]|Operation \"add\" requires a member named \"value\".",
        "[{\"op\": \"add\", \"path\": \"/data/a\", \"value\": 1}]|The root of path must be metadata, e.g /metadata/key.",
        "[{\"op\": \"remove\", \"path\": \"/data/a\"}]|The root of path must be metadata, e.g /metadata/key.",
        "[{\"op\": \"add\", \"path\": \"/metadata/_default_message_delay\", \"value\": 901}]|The TTL can not exceed 900 seconds, and must be at least 0 seconds long."
    })
    void patchWithABadChangeIs400AndChangesNothing(String body, String description) {
        client.put("/v2/queues/fizbit").json(Map.of("a", 0)).send();
        assertError(patch("fizbit", body), 400, "Invalid request body", description);
        assertEquals(0, number(client.simulateGet("/v2/queues/fizbit").jsonObject().get("a")));
    }

    @Test
    void patchOfAQueueThatDoesNotExistIs404() {
        Result result = patch("nothing", "[{\"op\": \"add\", \"path\": \"/metadata/a\", \"value\": 1}]");
        assertError(result, 404, "Not found", "Queue nothing does not exist for project " + project);
    }

    @Test
    void patchReplacingAKeyThatDoesNotExistIs409() {
        client.simulatePut("/v2/queues/fizbit");
        assertError(patch("fizbit", "[{\"op\": \"replace\", \"path\": \"/metadata/a\", \"value\": 1}]"), 409,
                "Resource conflict", "Can't replace non-existent object a.");
    }

    @Test
    void patchRemovingAKeyThatDoesNotExistIs409() {
        client.simulatePut("/v2/queues/fizbit");
        assertError(patch("fizbit", "[{\"op\": \"remove\", \"path\": \"/metadata/a\"}]"), 409,
                "Resource conflict", "Can't remove non-existent object a.");
    }

    @Test
    void patchRemovingAReservedKeyThatIsNotStoredDoesNothing() {
        client.simulatePut("/v2/queues/fizbit");
        Result result = patch("fizbit", "[{\"op\": \"remove\", \"path\": \"/metadata/_max_claim_count\"}]");
        assertEquals(200, result.status());
        assertEquals(defaults(), result.json());
    }

    @Test
    void patchDecodesEscapedPointerTokens() {
        client.simulatePut("/v2/queues/fizbit");
        Result result = patch("fizbit", "[{\"op\": \"add\", \"path\": \"/metadata/a~1b~0c\", \"value\": 1}]");
        assertEquals(1, number(result.jsonObject().get("a/b~c")));
    }

    // ---- DELETE --------------------------------------------------------------------------------

    @Test
    void deleteRemovesTheQueueAndItsMessages() {
        client.put("/v2/queues/fizbit").json(Map.of("color", "blue")).send();
        post("fizbit", "1");
        assertEquals(204, client.simulateDelete("/v2/queues/fizbit").status());
        assertEquals(defaults(), client.simulateGet("/v2/queues/fizbit").json());
        assertEquals(0, number(map(client.simulateGet("/v2/queues/fizbit/stats").jsonObject().get("messages")).get("total")));
    }

    @Test
    void deleteOfAQueueThatDoesNotExistIs204() {
        assertEquals(204, client.simulateDelete("/v2/queues/nothing").status());
    }

    // ---- Listing -------------------------------------------------------------------------------

    private void createQueues(int count) {
        for (int i = 0; i < count; i++) {
            client.put("/v2/queues/q" + (char) ('a' + i)).json(Map.of("n", i)).send();
        }
    }

    private static List<String> names(Result result) {
        List<String> names = new ArrayList<>();
        for (Object queue : list(result.jsonObject().get("queues"))) {
            names.add((String) map(queue).get("name"));
        }
        return names;
    }

    private static String next(Result result) {
        return (String) map(list(result.jsonObject().get("links")).get(0)).get("href");
    }

    @Test
    void listingAnswersTenQueuesByDefaultInNameOrderWithANextLink() {
        createQueues(15);
        Result first = client.simulateGet("/v2/queues");
        assertEquals(200, first.status());
        assertEquals(List.of("qa", "qb", "qc", "qd", "qe", "qf", "qg", "qh", "qi", "qj"), names(first));
        assertEquals(Map.of("name", "qa", "href", "/v2/queues/qa"), list(first.jsonObject().get("queues")).get(0));
        assertTrue(first.text().endsWith("\"links\":[{\"rel\":\"next\",\"href\":\"/v2/queues?marker=qj\"}]}"), first.text());
        Result second = client.simulateGet(next(first));
        assertEquals(List.of("qk", "ql", "qm", "qn", "qo"), names(second));
        Result third = client.simulateGet(next(second));
        assertEquals(Map.of("queues", List.of(), "links", List.of()), third.json());
    }

    @Test
    void listingOfAProjectWithoutQueuesIsEmptyWithoutLinks() {
        assertEquals(Map.of("queues", List.of(), "links", List.of()), client.simulateGet("/v2/queues").json());
    }

    @Test
    void listingTakesALimitAndCarriesEveryParameterInItsNextLink() {
        createQueues(3);
        Result result = client.simulateGet("/v2/queues?limit=2&detailed=yes&with_count=1");
        assertEquals(List.of("qa", "qb"), names(result));
        assertEquals("/v2/queues?marker=qb&limit=2&detailed=true&with_count=true", next(result));
        assertEquals(3, number(result.jsonObject().get("count")));
        Map<String, Object> metadata = new LinkedHashMap<>(Map.of("n", 0));
        metadata.putAll(defaults());
        assertEquals(metadata, map(list(result.jsonObject().get("queues")).get(0)).get("metadata"));
    }

    @ParameterizedTest
    @CsvSource({"0", "21", "-1"})
    void listingLimitOutOfRangeIs400(String limit) {
        assertError(client.simulateGet("/v2/queues?limit=" + limit), 400, "Invalid API request",
                "Limit must be at least 1 and no greater than 20.");
    }

    @Test
    void listingLimitThatIsNotANumberIs400() {
        Result result = client.simulateGet("/v2/queues?limit=ten");
        assertEquals(400, result.status());
        assertEquals("Invalid parameter", result.jsonObject().get("title"));
    }

    @Test
    void listingCountsZeroQueuesWhenAsked() {
        assertEquals(0, number(client.simulateGet("/v2/queues?with_count=true").jsonObject().get("count")));
    }

    @Test
    void listingWithoutDetailsHasNoMetadata() {
        createQueues(1);
        assertFalse(map(list(client.simulateGet("/v2/queues?detailed=false").jsonObject().get("queues")).get(0))
                .containsKey("metadata"));
    }

    @Test
    void listingFiltersByNameAndKeepsTheFilterInItsNextLink() {
        for (String name : List.of("apple", "banana", "grape", "pineapple", "applesauce")) {
            client.simulatePut("/v2/queues/" + name);
        }
        Result first = client.simulateGet("/v2/queues?name=apple&limit=2");
        assertEquals(List.of("apple", "applesauce"), names(first));
        assertEquals("/v2/queues?marker=applesauce&limit=2&name=apple", next(first));
        assertEquals(List.of("pineapple"), names(client.simulateGet(next(first))));
    }

    @Test
    void listingFiltersByMetadataReadingIntegersAsIntegers() {
        client.put("/v2/queues/a").json(Map.of("color", "red", "size", 3)).send();
        client.put("/v2/queues/b").json(Map.of("color", "blue", "size", 3)).send();
        client.put("/v2/queues/c").json(Map.of("color", "red", "size", "3")).send();
        assertEquals(List.of("a", "c"), names(client.simulateGet("/v2/queues?color=red")));
        assertEquals(List.of("a", "b"), names(client.simulateGet("/v2/queues?size=3")));
        Result both = client.simulateGet("/v2/queues?color=red&size=3");
        assertEquals(List.of("a"), names(both));
        assertEquals("/v2/queues?marker=c&color=red&size=3", next(both));
    }

    @Test
    void filteredListingFindsMatchesFarApart() {
        for (int i = 0; i < 1205; i++) {
            store.createQueue(new dev.peregrine.queues.store.QueueId(project, String.format("q%04d", i)),
                    i % 600 == 0 ? Map.of("rare", "yes") : Map.of());
        }
        List<String> found = new ArrayList<>();
        String href = "/v2/queues?rare=yes&limit=5";
        for (int page = 0; page < 5; page++) {
            Result result = client.simulateGet(href);
            found.addAll(names(result));
            if (list(result.jsonObject().get("links")).isEmpty()) {
                break;
            }
            href = next(result);
        }
        assertEquals(List.of("q0000", "q0600", "q1200"), found);
    }

    // ---- Stats ---------------------------------------------------------------------------------

    @Test
    void statsOfAQueueThatDoesNotExistAreZeros() {
        Result result = client.simulateGet("/v2/queues/nothing/stats");
        assertEquals(200, result.status());
        assertEquals(Map.of("messages", Map.of("claimed", 0, "free", 0, "total", 0)), result.json());
    }

    @Test
    void statsCountMessagesAndShowTheOldestAndNewest() {
        List<String> first = post("fizbit", "1", "2");
        clock.advanceSeconds(5);
        List<String> last = post("fizbit", "3");
        clock.advanceSeconds(10);
        client.post("/v2/queues/fizbit/claims?limit=1").send();
        Map<String, Object> stats = map(client.simulateGet("/v2/queues/fizbit/stats").jsonObject().get("messages"));
        assertEquals(1, number(stats.get("claimed")));
        assertEquals(2, number(stats.get("free")));
        assertEquals(3, number(stats.get("total")));
        assertEquals(Map.of("href", "/v2/queues/fizbit/messages/" + first.get(0), "age", 15,
                "created", "2026-12-06T10:00:00Z"), stats.get("oldest"));
        assertEquals(Map.of("href", "/v2/queues/fizbit/messages/" + last.get(0), "age", 10,
                "created", "2026-12-06T10:00:05Z"), stats.get("newest"));
    }

    // ---- Purge ---------------------------------------------------------------------------------

    @Test
    void purgeWithoutBodyDeletesTheMessagesAndKeepsTheQueue() {
        client.put("/v2/queues/fizbit").json(Map.of("color", "blue")).send();
        post("fizbit", "1", "2");
        client.post("/v2/queues/fizbit/claims?limit=1").send();
        assertEquals(204, client.simulatePost("/v2/queues/fizbit/purge").status());
        assertEquals(0, number(map(client.simulateGet("/v2/queues/fizbit/stats").jsonObject().get("messages")).get("total")));
        assertEquals("blue", client.simulateGet("/v2/queues/fizbit").jsonObject().get("color"));
    }

    @Test
    void purgeOfSubscriptionsOnlyKeepsTheMessages() {
        post("fizbit", "1");
        Result result = client.post("/v2/queues/fizbit/purge").json(Map.of("resource_types", List.of("subscriptions"))).send();
        assertEquals(204, result.status());
        assertEquals(1, number(map(client.simulateGet("/v2/queues/fizbit/stats").jsonObject().get("messages")).get("total")));
    }

    @Test
    void purgeOfMessagesByName() {
        post("fizbit", "1");
        Result result = client.post("/v2/queues/fizbit/purge").json(Map.of("resource_types", List.of("messages"))).send();
        assertEquals(204, result.status());
        assertEquals(0, number(map(client.simulateGet("/v2/queues/fizbit/stats").jsonObject().get("messages")).get("total")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{}|Post body must contain key \"resource_types\".",
        "[\"messages\"]|Post body must contain key \"resource_types\".",
        "{\"resource_types\": [\"claims\"]}|Resource types must be a sub set of {'messages', 'subscriptions'}.",
        "{\"resource_types\": \"messages\"}|Resource types must be a sub set of {'messages', 'subscriptions'}.",
        "{\"resource_types\": [{}]}|Resource types must be a sub set of {'messages', 'subscriptions'}."
    })
    void purgeWithABadBodyIs400(String body, String description) {
        assertError(client.post("/v2/queues/fizbit/purge").body(body).send(), 400, "Invalid API request", description);
    }

    @Test
    void purgeOfAQueueThatDoesNotExistIs204() {
        assertEquals(204, client.simulatePost("/v2/queues/nothing/purge").status());
        assertNull(client.simulatePost("/v2/queues/nothing/purge").header("Location"));
        assertTrue(client.simulateGet("/v2/queues").jsonObject().get("queues") instanceof List<?> l && l.isEmpty());
    }
}
