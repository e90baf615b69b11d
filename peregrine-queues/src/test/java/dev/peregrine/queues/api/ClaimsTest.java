package dev.peregrine.queues.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.testing.Result;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Claims: create, get, renew and release, and the dead-letter queue (zaqar.md §1.4, §2). */
class ClaimsTest extends ApiTest {

    private static String claimId(Result created) {
        String location = created.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static List<String> ids(List<Map<String, Object>> messages) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> message : messages) {
            ids.add((String) message.get("id"));
        }
        return ids;
    }

    private List<String> postMany(String queue, int count) {
        String[] bodies = new String[count];
        Arrays.fill(bodies, "{}");
        return post(queue, bodies);
    }

    // ---- Create --------------------------------------------------------------------------------

    @Test
    void claimAnswers201WithTheMessagesNamingTheClaim() {
        List<String> ids = post("fizbit", "{\"n\": 1}", "{\"n\": 2}");
        clock.advanceSeconds(4);
        Result result = client.post("/v2/queues/fizbit/claims").json(Map.of("ttl", 120, "grace", 60)).send();
        assertEquals(201, result.status());
        String claim = claimId(result);
        assertEquals("/v2/queues/fizbit/claims/" + claim, result.header("Location"));
        assertEquals(Map.of("messages", List.of(
                Map.of("id", ids.get(0), "href", "/v2/queues/fizbit/messages/" + ids.get(0) + "?claim_id=" + claim,
                        "ttl", 3600, "age", 4, "body", Map.of("n", 1)),
                Map.of("id", ids.get(1), "href", "/v2/queues/fizbit/messages/" + ids.get(1) + "?claim_id=" + claim,
                        "ttl", 3600, "age", 4, "body", Map.of("n", 2)))), result.json());
    }

    @Test
    void claimTakesTenMessagesByDefaultAndTheLimitOtherwise() {
        postMany("fizbit", 25);
        assertEquals(10, messages(client.simulatePost("/v2/queues/fizbit/claims")).size());
        assertEquals(3, messages(client.simulatePost("/v2/queues/fizbit/claims?limit=3")).size());
        assertEquals(12, messages(client.simulatePost("/v2/queues/fizbit/claims?limit=20")).size());
    }

    @Test
    void claimsNeverOverlap() {
        postMany("fizbit", 30);
        Set<String> claimed = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            for (String id : ids(messages(client.simulatePost("/v2/queues/fizbit/claims")))) {
                assertTrue(claimed.add(id), id);
            }
        }
        assertEquals(30, claimed.size());
    }

    @Test
    void claimWithNothingToClaimIs204WithoutBody() {
        Result missing = client.simulatePost("/v2/queues/nothing/claims");
        assertEquals(204, missing.status());
        assertEquals("", missing.text());
        post("fizbit", "1");
        client.simulatePost("/v2/queues/fizbit/claims");
        assertEquals(204, client.simulatePost("/v2/queues/fizbit/claims").status());
    }

    @Test
    void claimExtendsTheLivesOfMessagesThatWouldDieFirst() {
        client.post("/v2/queues/fizbit/messages").body("{\"messages\": [{\"body\": 1, \"ttl\": 120}]}").send();
        Result result = client.post("/v2/queues/fizbit/claims").json(Map.of("ttl", 777, "grace", 60)).send();
        assertEquals(837, number(messages(result).get(0).get("ttl")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"ttl\": 59}||The TTL for a claim may not exceed 43200 seconds, and must be at least 60 seconds long.",
        "{\"ttl\": 43201}||The TTL for a claim may not exceed 43200 seconds, and must be at least 60 seconds long.",
        "{\"grace\": 0}||The grace for a claim may not exceed 43200 seconds, and must be at least 60 seconds long.",
        "{\"grace\": 43201}||The grace for a claim may not exceed 43200 seconds, and must be at least 60 seconds long.",
        "|?limit=0|Limit must be at least 1 and may not be greater than 20.",
        "|?limit=21|Limit must be at least 1 and may not be greater than 20.",
        "{\"ttl\": 30}|?limit=21|The TTL for a claim may not exceed 43200 seconds, and must be at least 60 seconds long.",
        "{\"grace\": 30}|?limit=21|Limit must be at least 1 and may not be greater than 20."
    })
    void claimOutOfRangeIs400(String body, String query, String description) {
        post("fizbit", "1");
        var request = client.post("/v2/queues/fizbit/claims" + (query == null ? "" : query));
        if (body != null) {
            request.body(body);
        }
        assertError(request.send(), 400, "Invalid API request", description);
        assertEquals(1, messages(client.get("/v2/queues/fizbit/messages?echo=true").send()).size());
    }

    @Test
    void nullTtlAndGraceMeanTheDefaultsAsPythonZaqarclientSendsThem() {
        post("fizbit", "1");
        String claim = claimId(client.post("/v2/queues/fizbit/claims").body("{\"ttl\": null, \"grace\": null}").send());
        assertEquals(300, number(client.simulateGet("/v2/queues/fizbit/claims/" + claim).jsonObject().get("ttl")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"ttl\": \"60\"}|The value of the \"ttl\" field must be a int.",
        "{\"grace\": 60.5}|The value of the \"grace\" field must be a int.",
        "[60]|Document type not supported.",
        "{\"ttl\": |Request body could not be parsed."
    })
    void claimWithABadBodyIs400(String body, String description) {
        assertError(client.post("/v2/queues/fizbit/claims").body(body).send(), 400, "Invalid request body", description);
    }

    // ---- Get -----------------------------------------------------------------------------------

    @Test
    void getAnswersTheClaimWithoutIdOrGrace() {
        List<String> ids = post("fizbit", "1");
        String claim = claimId(client.post("/v2/queues/fizbit/claims").json(Map.of("ttl", 100, "grace", 60)).send());
        clock.advanceSeconds(30);
        Result result = client.simulateGet("/v2/queues/fizbit/claims/" + claim);
        assertEquals(200, result.status());
        assertEquals(Map.of("age", 30, "ttl", 100, "href", "/v2/queues/fizbit/claims/" + claim,
                "messages", List.of(Map.of("id", ids.get(0), "href", "/v2/queues/fizbit/messages/" + ids.get(0)
                        + "?claim_id=" + claim, "ttl", 3600, "age", 30, "body", 1))), result.json());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "3381af92-2b9e-11e3-b191-71861300734c"})
    void getOfAClaimThatIsNotThereIs404(String claim) {
        assertError(client.simulateGet("/v2/queues/fizbit/claims/" + claim), 404, "Not found",
                "Claim " + claim + " does not exist in queue fizbit for project " + project);
    }

    @Test
    void getOfAnExpiredClaimIs404() {
        post("fizbit", "1");
        String claim = claimId(client.post("/v2/queues/fizbit/claims").json(Map.of("ttl", 60)).send());
        clock.advanceSeconds(60);
        assertEquals(404, client.simulateGet("/v2/queues/fizbit/claims/" + claim).status());
    }

    @Test
    void claimOfAnotherQueueIsNotFound() {
        post("fizbit", "1");
        String claim = claimId(client.simulatePost("/v2/queues/fizbit/claims"));
        assertEquals(404, client.simulateGet("/v2/queues/other/claims/" + claim).status());
    }

    // ---- Patch ---------------------------------------------------------------------------------

    @Test
    void patchRenewsTheClaimFromNow() {
        post("fizbit", "1");
        String claim = claimId(client.post("/v2/queues/fizbit/claims").json(Map.of("ttl", 60)).send());
        clock.advanceSeconds(50);
        Result result = client.patch("/v2/queues/fizbit/claims/" + claim).json(Map.of("ttl", 120, "grace", 60)).send();
        assertEquals(204, result.status());
        clock.advanceSeconds(20);
        Map<String, Object> renewed = client.simulateGet("/v2/queues/fizbit/claims/" + claim).jsonObject();
        assertEquals(120, number(renewed.get("ttl")));
        assertEquals(20, number(renewed.get("age")));
    }

    @Test
    void patchWithoutBodyIs400() {
        assertError(client.simulatePatch("/v2/queues/fizbit/claims/3381af92-2b9e-11e3-b191-71861300734c"), 400,
                "Invalid request body", "Request body can not be empty");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"ttl\": 59}|The TTL for a claim may not exceed 43200 seconds, and must be at least 60 seconds long.",
        "{\"grace\": -1}|The grace for a claim may not exceed 43200 seconds, and must be at least 0 seconds long."
    })
    void patchOutOfRangeIs400(String body, String description) {
        assertError(client.patch("/v2/queues/fizbit/claims/3381af92-2b9e-11e3-b191-71861300734c").body(body).send(), 400,
                "Invalid API request", description);
    }

    @Test
    void patchMayGiveNoGrace() {
        post("fizbit", "1");
        String claim = claimId(client.simulatePost("/v2/queues/fizbit/claims"));
        assertEquals(204, client.patch("/v2/queues/fizbit/claims/" + claim).json(Map.of("grace", 0)).send().status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "3381af92-2b9e-11e3-b191-71861300734c"})
    void patchOfAClaimThatIsNotThereIs404(String claim) {
        assertError(client.patch("/v2/queues/fizbit/claims/" + claim).json(Map.of("ttl", 60)).send(), 404, "Not found",
                "Claim " + claim + " does not exist in queue fizbit for project " + project);
    }

    @Test
    void patchOfAnExpiredClaimIs404() {
        post("fizbit", "1");
        String claim = claimId(client.post("/v2/queues/fizbit/claims").json(Map.of("ttl", 60)).send());
        clock.advanceSeconds(61);
        assertEquals(404, client.patch("/v2/queues/fizbit/claims/" + claim).json(Map.of("ttl", 60)).send().status());
    }

    // ---- Delete --------------------------------------------------------------------------------

    @Test
    void deleteReleasesTheMessagesAtOnce() {
        List<String> ids = post("fizbit", "1");
        String claim = claimId(client.simulatePost("/v2/queues/fizbit/claims"));
        assertEquals(204, client.simulateDelete("/v2/queues/fizbit/claims/" + claim).status());
        assertEquals(404, client.simulateGet("/v2/queues/fizbit/claims/" + claim).status());
        assertEquals(ids, ids(messages(client.simulatePost("/v2/queues/fizbit/claims"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "3381af92-2b9e-11e3-b191-71861300734c"})
    void deleteOfAClaimThatIsNotThereIs204(String claim) {
        assertEquals(204, client.simulateDelete("/v2/queues/fizbit/claims/" + claim).status());
    }

    @Test
    void deleteOfAnExpiredClaimIs204() {
        post("fizbit", "1");
        String claim = claimId(client.post("/v2/queues/fizbit/claims").json(Map.of("ttl", 60)).send());
        clock.advanceSeconds(61);
        assertEquals(204, client.simulateDelete("/v2/queues/fizbit/claims/" + claim).status());
    }

    // ---- Dead letters --------------------------------------------------------------------------

    @Test
    void messageClaimedTooOftenMovesUnclaimedToTheDeadLetterQueue() {
        client.put("/v2/queues/work").json(Map.of("_max_claim_count", 2, "_dead_letter_queue", "dead",
                "_dead_letter_queue_messages_ttl", 9999)).send();
        String id = post("work", "{\"job\": 7}").get(0);
        for (int i = 0; i < 2; i++) {
            String claim = claimId(client.simulatePost("/v2/queues/work/claims"));
            client.simulateDelete("/v2/queues/work/claims/" + claim);
        }
        assertEquals(204, client.simulatePost("/v2/queues/work/claims").status());
        List<Map<String, Object>> dead = messages(client.simulatePost("/v2/queues/dead/claims"));
        assertEquals(1, dead.size());
        assertEquals(Map.of("job", 7), dead.get(0).get("body"));
        assertEquals(9999, number(dead.get(0).get("ttl")));
        assertEquals(404, client.simulateGet("/v2/queues/work/messages/" + id).status());
    }
}
