package dev.peregrine.queues.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.testing.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Messages: post, list, get, bulk get, delete, bulk delete and pop (zaqar.md §1.3, §2). */
class MessagesTest extends ApiTest {

    private static final String OTHER_CLIENT = "9e8f2b5a-0c1d-4e6f-8a7b-1c2d3e4f5a6b";

    private Result postBody(String queue, String body) {
        return client.post("/v2/queues/" + queue + "/messages").body(body).send();
    }

    private Result listAsOther(String path) {
        return client.get(path).header("Client-ID", OTHER_CLIENT).send();
    }

    private static List<String> ids(Result result) {
        List<String> ids = new ArrayList<>();
        for (Map<String, Object> message : messages(result)) {
            ids.add((String) message.get("id"));
        }
        return ids;
    }

    private String claim(String queue, int limit) {
        Result claimed = client.post("/v2/queues/" + queue + "/claims?limit=" + limit).send();
        assertEquals(201, claimed.status(), claimed.text());
        String location = claimed.header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    // ---- POST ----------------------------------------------------------------------------------

    @Test
    void postAnswers201WithTheMessagesInTheOrderPosted() {
        Result result = postBody("fizbit", "{\"messages\": [{\"body\": 1}, {\"body\": 2}, {\"body\": 3}]}");
        assertEquals(201, result.status());
        List<Object> resources = list(result.jsonObject().get("resources"));
        assertEquals(3, resources.size());
        List<String> ids = new ArrayList<>();
        for (Object href : resources) {
            assertTrue(((String) href).startsWith("/v2/queues/fizbit/messages/"), (String) href);
            ids.add(((String) href).substring("/v2/queues/fizbit/messages/".length()));
        }
        assertEquals("/v2/queues/fizbit/messages?ids=" + String.join(",", ids), result.header("Location"));
        List<Object> bodies = new ArrayList<>();
        for (Map<String, Object> message : messages(client.simulateGet(result.header("Location")))) {
            bodies.add(message.get("body"));
        }
        assertEquals(List.of(1, 2, 3), bodies);
    }

    @Test
    void postCreatesTheQueue() {
        post("fizbit", "1");
        assertEquals(List.of(Map.of("name", "fizbit", "href", "/v2/queues/fizbit")),
                client.simulateGet("/v2/queues").jsonObject().get("queues"));
    }

    @Test
    void bodiesComeBackAsTheyWerePosted() {
        String body = "{\"event\": \"BackupStarted\", \"nested\": {\"list\": [1, -2, 3.5, true, null, \"x\"]},"
                + " \"unicode\": \"caf\\u00e9 \\ud83d\\ude00 \u20ac\", \"big\": 9223372036854775807, \"small\": -9223372036854775808}";
        String id = post("fizbit", body, "null", "\"text\"", "[]").get(0);
        Result result = client.simulateGet("/v2/queues/fizbit/messages/" + id);
        assertEquals(parse(body), result.jsonObject().get("body"));
        assertTrue(result.text().contains("\"big\":9223372036854775807"), result.text());
    }

    private static Object parse(String json) {
        try {
            return new ObjectMapper().readValue(json, Object.class);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void messageWithoutTtlGetsTheDefaultOrTheQueues() {
        client.post("/v2/queues/plain/messages").body("{\"messages\": [{\"body\": 1}]}").send();
        assertEquals(3600, number(messages(listAsOther("/v2/queues/plain/messages")).get(0).get("ttl")));
        client.put("/v2/queues/short").json(Map.of("_default_message_ttl", 120)).send();
        client.post("/v2/queues/short/messages").body("{\"messages\": [{\"body\": 1}, {\"body\": 2, \"ttl\": 300}]}").send();
        List<Map<String, Object>> listed = messages(listAsOther("/v2/queues/short/messages"));
        assertEquals(120, number(listed.get(0).get("ttl")));
        assertEquals(300, number(listed.get(1).get("ttl")));
    }

    @ParameterizedTest
    @ValueSource(ints = {59, 1209601, 0, -60})
    void ttlOutOfRangeIs400(int ttl) {
        assertError(postBody("fizbit", "{\"messages\": [{\"body\": 1, \"ttl\": " + ttl + "}]}"), 400, "Invalid API request",
                "The TTL for a message may not exceed 1209600 seconds, and must be at least 60 seconds long.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"60\"", "60.0", "true", "[60]"})
    void ttlThatIsNotAnIntegerIs400(String ttl) {
        assertError(postBody("fizbit", "{\"messages\": [{\"body\": 1, \"ttl\": " + ttl + "}]}"), 400, "Invalid request body",
                "The value of the \"ttl\" field must be a int.");
    }

    @Test
    void nullTtlMeansTheDefault() {
        client.post("/v2/queues/fizbit/messages").body("{\"messages\": [{\"body\": 1, \"ttl\": null}]}").send();
        assertEquals(3600, number(messages(listAsOther("/v2/queues/fizbit/messages")).get(0).get("ttl")));
    }

    @Test
    void typesOfEveryMessageAreCheckedBeforeRanges() {
        assertError(postBody("fizbit", "{\"messages\": [{\"body\": 1, \"ttl\": 1}, {\"body\": 1, \"ttl\": \"x\"}]}"),
                400, "Invalid request body", "The value of the \"ttl\" field must be a int.");
    }

    @Test
    void delayIsDroppedOnAQueueWithoutDelay() {
        post("fizbit", "0");
        postBody("fizbit", "{\"messages\": [{\"body\": 1, \"delay\": 900}]}");
        assertEquals(2, messages(listAsOther("/v2/queues/fizbit/messages?include_delayed=false")).size());
        assertEquals(2, messages(client.post("/v2/queues/fizbit/claims").send()).size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "901|Invalid API request|The Delay TTL for a message may not exceed 900 seconds,and must be at least 0 seconds long.",
        "-1|Invalid API request|The Delay TTL for a message may not exceed 900 seconds,and must be at least 0 seconds long.",
        "\"5\"|Invalid request body|The value of the \"delay\" field must be a int."
    })
    void delayIsCheckedEvenWhereItIsDropped(String delay, String title, String description) {
        assertError(postBody("fizbit", "{\"messages\": [{\"body\": 1, \"delay\": " + delay + "}]}"), 400, title, description);
    }

    @Test
    void delayIsKeptOnAQueueWithDelayAndHidesTheMessageUntilItPasses() {
        client.put("/v2/queues/slow").json(Map.of("_default_message_delay", 30)).send();
        String delayed = post("slow", "1").get(0);
        postBody("slow", "{\"messages\": [{\"body\": 2, \"delay\": 0}]}");
        assertEquals(1, messages(listAsOther("/v2/queues/slow/messages")).size());
        assertEquals(2, messages(listAsOther("/v2/queues/slow/messages?include_delayed=true")).size());
        assertEquals(1, messages(client.post("/v2/queues/slow/claims").send()).size());
        assertEquals(204, client.simulatePost("/v2/queues/slow/claims").status());
        clock.advanceSeconds(30);
        assertEquals(List.of(delayed), ids(client.post("/v2/queues/slow/claims").send()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"message\": []}|Invalid API request|No messages were found in the request body.",
        "[{\"body\": 1}]|Invalid API request|No messages were found in the request body.",
        "{\"messages\": {\"body\": 1}}|Invalid request body|Document type not supported.",
        "{\"messages\": []}|Invalid API request|No messages to enqueu.",
        "{\"messages\": [1]}|Invalid request body|Each message must be a JSON object; message 0 is a number.",
        "{\"messages\": [{\"body\": 1}, \"x\"]}|Invalid request body|Each message must be a JSON object; message 1 is a string.",
        "{\"messages\": [{\"ttl\": 60}]}|Invalid request body|Missing \"body\" field.",
        "{\"messages\": [{\"body\": 1}]} x|Invalid request body|Request body could not be parsed.",
        "{\"messages\": [{\"body\": 1}|Invalid request body|Request body could not be parsed.",
        "\"messages\"|Invalid request body|Request body could not be parsed."
    })
    void postWithABadBodyIs400(String body, String title, String description) {
        assertError(postBody("fizbit", body), 400, title, description);
        assertEquals(List.of(), client.simulateGet("/v2/queues").jsonObject().get("queues"));
    }

    @Test
    void postWithoutBodyIs400() {
        assertError(client.simulatePost("/v2/queues/fizbit/messages"), 400, "Invalid request body",
                "Request body can not be empty");
    }

    @Test
    void messageBodyMayBeNull() {
        String id = post("fizbit", "null").get(0);
        Map<String, Object> message = client.simulateGet("/v2/queues/fizbit/messages/" + id).jsonObject();
        assertTrue(message.containsKey("body"));
        assertEquals(null, message.get("body"));
    }

    @Test
    void postHasNoCapOnTheNumberOfMessages() {
        String[] bodies = new String[100];
        Arrays.fill(bodies, "{}");
        assertEquals(100, post("fizbit", bodies).size());
    }

    @Test
    void postLargerThanTheLimitIs400ByItsContentLength() {
        String body = "{\"messages\": [{\"body\": \"" + "x".repeat(262144) + "\"}]}";
        assertError(postBody("fizbit", body), 400, "Invalid API request",
                "Message collection size is too large. Max size 262144");
    }

    @Test
    void chunkedPostLargerThanTheLimitIs400WhileItArrives() {
        byte[] body = ("{\"messages\": [{\"body\": \"" + "x".repeat(262144) + "\"}]}").getBytes(StandardCharsets.UTF_8);
        Result result = client.post("/v2/queues/fizbit/messages").body(new ByteArrayInputStream(body)).send();
        assertError(result, 400, "Invalid API request", "Message collection size is too large. Max size 262144");
    }

    @Test
    void postLargerThanTheQueuesOwnLimitIs400NamingBoth() {
        client.put("/v2/queues/small").json(Map.of("_max_messages_post_size", 100)).send();
        String body = "{\"messages\": [{\"body\": \"" + "x".repeat(100) + "\"}]}";
        assertError(postBody("small", body), 400, "Invalid API request",
                "Message collection size is too large. The max size for current queue is 100. It is calculated by max"
                        + " size = min(max_messages_post_size_config: 262144, max_messages_post_size_queue: 100).");
    }

    // ---- Listing -------------------------------------------------------------------------------

    @Test
    void listingOfAnEmptyOrMissingQueueIs200WithoutLinks() {
        assertEquals(Map.of("messages", List.of(), "links", List.of()), client.simulateGet("/v2/queues/nothing/messages").json());
        client.simulatePut("/v2/queues/empty");
        Result result = client.simulateGet("/v2/queues/empty/messages");
        assertEquals(200, result.status());
        assertEquals(Map.of("messages", List.of(), "links", List.of()), result.json());
    }

    @Test
    void listedMessagesHaveIdHrefTtlAgeAndBody() {
        String id = post("fizbit", "{\"a\": 1}").get(0);
        clock.advanceSeconds(7);
        Result result = listAsOther("/v2/queues/fizbit/messages");
        assertTrue(result.text().startsWith("{\"messages\":[{\"id\":\"" + id + "\",\"href\":\"/v2/queues/fizbit/messages/"
                + id + "\",\"ttl\":3600,\"age\":7,\"body\":{\"a\":1}}],\"links\":[{\"rel\":\"next\",\"href\":\""),
                result.text());
    }

    @Test
    void ownMessagesAreListedOnlyWithEcho() {
        post("fizbit", "1");
        assertEquals(0, messages(client.simulateGet("/v2/queues/fizbit/messages")).size());
        assertEquals(1, messages(client.simulateGet("/v2/queues/fizbit/messages?echo=true")).size());
        assertEquals(1, messages(listAsOther("/v2/queues/fizbit/messages")).size());
    }

    @Test
    void echoComparesClientIdsAsUuids() {
        client.post("/v2/queues/fizbit/messages").header("Client-ID", "{" + CLIENT_ID.toUpperCase() + "}")
                .body("{\"messages\": [{\"body\": 1}]}").send();
        assertEquals(0, messages(client.simulateGet("/v2/queues/fizbit/messages")).size());
    }

    @Test
    void pagingFollowsNextLinksOverEveryMessageOnce() {
        String[] bodies = new String[25];
        for (int i = 0; i < 25; i++) {
            bodies[i] = Integer.toString(i);
        }
        List<String> posted = post("fizbit", bodies);
        List<String> seen = new ArrayList<>();
        String href = "/v2/queues/fizbit/messages?limit=7&echo=true";
        for (int page = 0; page < 10; page++) {
            Result result = client.simulateGet(href);
            List<Object> links = list(result.jsonObject().get("links"));
            if (links.isEmpty()) {
                assertEquals(0, messages(result).size());
                break;
            }
            seen.addAll(ids(result));
            href = (String) map(links.get(0)).get("href");
            assertTrue(href.startsWith("/v2/queues/fizbit/messages?marker="), href);
            assertTrue(href.endsWith("&limit=7&echo=true"), href);
        }
        assertEquals(posted, seen);
    }

    @Test
    void listingShowsTenMessagesByDefault() {
        String[] bodies = new String[12];
        Arrays.fill(bodies, "0");
        post("fizbit", bodies);
        assertEquals(10, messages(listAsOther("/v2/queues/fizbit/messages")).size());
    }

    @Test
    void nextLinkCarriesTheParametersAsGiven() {
        post("fizbit", "1");
        Result result = listAsOther("/v2/queues/fizbit/messages?include_claimed=on&include_delayed=no&echo=0&limit=3");
        String href = (String) map(list(result.jsonObject().get("links")).get(0)).get("href");
        assertTrue(href.matches("/v2/queues/fizbit/messages\\?marker=[^&]+&limit=3&echo=false&include_claimed=true"
                + "&include_delayed=false"), href);
    }

    @Test
    void claimedMessagesAreListedOnlyWithIncludeClaimedAndThenNameTheirClaim() {
        List<String> ids = post("fizbit", "1", "2");
        String claim = claim("fizbit", 1);
        assertEquals(List.of(ids.get(1)), ids(listAsOther("/v2/queues/fizbit/messages")));
        List<Map<String, Object>> all = messages(listAsOther("/v2/queues/fizbit/messages?include_claimed=true"));
        assertEquals("/v2/queues/fizbit/messages/" + ids.get(0) + "?claim_id=" + claim, all.get(0).get("href"));
        assertEquals("/v2/queues/fizbit/messages/" + ids.get(1), all.get(1).get("href"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "21"})
    void listingLimitOutOfRangeIs400(String limit) {
        assertError(client.simulateGet("/v2/queues/fizbit/messages?limit=" + limit), 400, "Invalid API request",
                "Limit must be at least 1 and may not be greater than 20.");
    }

    @Test
    void listingWithABadBooleanIs400() {
        Result result = client.simulateGet("/v2/queues/fizbit/messages?echo=maybe");
        assertEquals(400, result.status());
        assertEquals("Invalid parameter", result.jsonObject().get("title"));
    }

    @Test
    void expiredMessagesAreGoneEverywhere() {
        String id = client.post("/v2/queues/fizbit/messages").body("{\"messages\": [{\"body\": 1, \"ttl\": 60}]}").send()
                .header("Location").split("=")[1];
        clock.advanceSeconds(60);
        assertEquals(List.of(), messages(listAsOther("/v2/queues/fizbit/messages")));
        assertEquals(404, client.simulateGet("/v2/queues/fizbit/messages/" + id).status());
        assertEquals(404, client.simulateGet("/v2/queues/fizbit/messages?ids=" + id).status());
        assertEquals(204, client.simulatePost("/v2/queues/fizbit/claims").status());
    }

    // ---- Bulk get ------------------------------------------------------------------------------

    @Test
    void getByIdsAnswersThoseMessagesInTheOrderAskedWithoutLinks() {
        List<String> ids = post("fizbit", "1", "2", "3");
        Result result = client.simulateGet("/v2/queues/fizbit/messages?ids=" + ids.get(2) + "," + UUID.randomUUID()
                + ",nonsense," + ids.get(0));
        assertEquals(200, result.status());
        assertEquals(List.of(ids.get(2), ids.get(0)), ids(result));
        assertFalse(result.jsonObject().containsKey("links"));
    }

    @Test
    void getByIdsFindingNothingIs404() {
        post("fizbit", "1");
        assertError(client.simulateGet("/v2/queues/fizbit/messages?ids=abc,def"), 404, "Not found",
                "No messages with IDs: abc, def found in the queue fizbit for project " + project + ".");
    }

    @Test
    void getByIdsDoesNotFindMessagesOfAnotherQueue() {
        String id = post("fizbit", "1").get(0);
        client.simulatePut("/v2/queues/other");
        assertEquals(404, client.simulateGet("/v2/queues/other/messages?ids=" + id).status());
        assertEquals(404, client.simulateGet("/v2/queues/other/messages/" + id).status());
    }

    @Test
    void getByMoreThan20IdsIs400() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        assertError(client.simulateGet("/v2/queues/fizbit/messages?ids=" + String.join(",", ids)), 400,
                "Invalid API request", "Limit must be at least 1 and may not be greater than 20.");
    }

    // ---- One message ---------------------------------------------------------------------------

    @Test
    void getAnswersTheMessage() {
        String id = post("fizbit", "{\"a\": [1]}").get(0);
        clock.advanceSeconds(3);
        Result result = client.simulateGet("/v2/queues/fizbit/messages/" + id);
        assertEquals(200, result.status());
        assertEquals(Map.of("id", id, "href", "/v2/queues/fizbit/messages/" + id, "ttl", 3600, "age", 3,
                "body", Map.of("a", List.of(1))), result.json());
    }

    @Test
    void getFindsAnIdWrittenInCapitals() {
        String id = post("fizbit", "1").get(0);
        assertEquals(id, client.simulateGet("/v2/queues/fizbit/messages/" + id.toUpperCase()).jsonObject().get("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "3381af92-2b9e-11e3-b191-71861300734c", "3381af92-2b9e-11e3-b191-71861300734cc"})
    void getOfAMessageThatIsNotThereIs404(String id) {
        post("fizbit", "1");
        assertError(client.simulateGet("/v2/queues/fizbit/messages/" + id), 404, "Not found",
                "Message " + id + " does not exist in queue fizbit for project " + project);
    }

    @Test
    void deleteRemovesAnUnclaimedMessage() {
        String id = post("fizbit", "1").get(0);
        assertEquals(204, client.simulateDelete("/v2/queues/fizbit/messages/" + id).status());
        assertEquals(404, client.simulateGet("/v2/queues/fizbit/messages/" + id).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"nonsense", "3381af92-2b9e-11e3-b191-71861300734c",
        "3381af92-2b9e-11e3-b191-71861300734c?claim_id=3381af92-2b9e-11e3-b191-71861300734c",
        "nonsense?claim_id=nonsense"})
    void deleteOfAMessageThatIsNotThereIs204(String path) {
        assertEquals(204, client.simulateDelete("/v2/queues/fizbit/messages/" + path).status());
    }

    @Test
    void deleteOfAClaimedMessageNeedsItsClaim() {
        String id = post("fizbit", "1").get(0);
        String claim = claim("fizbit", 1);
        assertError(client.simulateDelete("/v2/queues/fizbit/messages/" + id), 403, "Unable to delete",
                "This message is claimed; it cannot be deleted without a valid claim ID.");
        assertEquals(204, client.simulateDelete("/v2/queues/fizbit/messages/" + id + "?claim_id=" + claim).status());
        assertEquals(404, client.simulateGet("/v2/queues/fizbit/messages/" + id).status());
        assertEquals(204, client.simulateDelete("/v2/queues/fizbit/messages/" + id + "?claim_id=" + claim).status());
    }

    @Test
    void deleteWithAnotherLiveClaimIs403() {
        List<String> ids = post("fizbit", "1", "2");
        claim("fizbit", 1);
        String other = claim("fizbit", 1);
        assertError(client.simulateDelete("/v2/queues/fizbit/messages/" + ids.get(0) + "?claim_id=" + other), 403,
                "Unable to delete", "This message is claimed; it cannot be deleted without a valid claim ID.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3381af92-2b9e-11e3-b191-71861300734c", "nonsense"})
    void deleteWithAClaimThatDoesNotExistIs400(String claim) {
        String id = post("fizbit", "1").get(0);
        claim("fizbit", 1);
        assertError(client.simulateDelete("/v2/queues/fizbit/messages/" + id + "?claim_id=" + claim), 400,
                "Unable to delete", "The specified claim does not exist or has expired.");
    }

    @Test
    void deleteWithAClaimThatExpiredIs400() {
        String id = post("fizbit", "1").get(0);
        String claim = claim("fizbit", 1);
        clock.advanceSeconds(300);
        assertError(client.simulateDelete("/v2/queues/fizbit/messages/" + id + "?claim_id=" + claim), 400,
                "Unable to delete", "The specified claim does not exist or has expired.");
    }

    @Test
    void deleteOfAnUnclaimedMessageWithALiveClaimIs400() {
        List<String> ids = post("fizbit", "1", "2");
        String claim = claim("fizbit", 1);
        assertError(client.simulateDelete("/v2/queues/fizbit/messages/" + ids.get(1) + "?claim_id=" + claim), 400,
                "Unable to delete", "A claim was specified, but the message is not currently claimed.");
    }

    // ---- Bulk delete and pop -------------------------------------------------------------------

    @Test
    void deleteByIdsDeletesThemClaimedOrNotAndIgnoresTheRest() {
        List<String> ids = post("fizbit", "1", "2", "3");
        claim("fizbit", 1);
        Result result = client.simulateDelete("/v2/queues/fizbit/messages?ids=" + ids.get(0) + "," + ids.get(1)
                + ",nonsense," + UUID.randomUUID());
        assertEquals(204, result.status());
        assertEquals(List.of(ids.get(2)), ids(listAsOther("/v2/queues/fizbit/messages?include_claimed=true")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|The request should have either \"ids\" or \"pop\" parameter in the request, to be able to delete.",
        "?ids=a&pop=1|pop and id params cannot be present together in the delete request.",
        "?pop=0|Pop value must be at least 1 and may not be greater than 20.",
        "?pop=21|Pop value must be at least 1 and may not be greater than 20.",
        "?ids=1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21|ids parameter should have at least 1 and not greater than 20 values."
    })
    void bulkDeleteWithBadParametersIs400(String query, String description) {
        assertError(client.simulateDelete("/v2/queues/fizbit/messages" + (query == null ? "" : query)), 400,
                "Invalid API request", description);
    }

    @Test
    void popTakesTheOldestClaimableMessagesAndAnswersThemRaw() {
        List<String> ids = post("fizbit", "{\"n\": 1}", "{\"n\": 2}", "{\"n\": 3}");
        claim("fizbit", 1);
        clock.advanceSeconds(2);
        Result result = client.simulateDelete("/v2/queues/fizbit/messages?pop=5");
        assertEquals(200, result.status());
        List<Map<String, Object>> popped = messages(result);
        assertEquals(2, popped.size());
        Map<String, Object> first = popped.get(0);
        assertEquals(Set.of("id", "body", "ttl", "age", "claim_id", "claim_count"), first.keySet());
        assertEquals(ids.get(1), first.get("id"));
        assertEquals(Map.of("n", 2), first.get("body"));
        assertEquals(2, number(first.get("age")));
        assertEquals(ids.get(2), popped.get(1).get("id"));
        assertEquals(List.of(ids.get(0)), ids(listAsOther("/v2/queues/fizbit/messages?include_claimed=true")));
    }

    @Test
    void popOfAnEmptyQueueAnswersNoMessages() {
        Result result = client.simulateDelete("/v2/queues/nothing/messages?pop=1");
        assertEquals(200, result.status());
        assertEquals(Map.of("messages", List.of()), result.json());
    }

    @Test
    void popNeverAnswersAMessageTwice() {
        String[] bodies = new String[30];
        Arrays.fill(bodies, "0");
        Set<String> posted = new HashSet<>(post("fizbit", bodies));
        Set<String> popped = new HashSet<>();
        for (int i = 0; i < 2; i++) {
            for (Map<String, Object> message : messages(client.simulateDelete("/v2/queues/fizbit/messages?pop=20"))) {
                assertTrue(popped.add((String) message.get("id")));
            }
        }
        assertEquals(posted, popped);
    }
}
