package dev.peregrine.queues.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.StoreUnavailableException;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The versions document, the JSON-home document, ping and health (zaqar.md §1.6). */
class ServiceRoutesTest extends ApiTest {

    /** A client of the API over a store that cannot answer anything. */
    private TestClient clientOfAStoreThatIsDown() {
        QueueStore down = (QueueStore) Proxy.newProxyInstance(QueueStore.class.getClassLoader(),
                new Class<?>[] {QueueStore.class}, (proxy, method, args) -> {
                    throw new StoreUnavailableException("the disk is on fire");
                });
        return new TestClient(QueuesApp.create(down, clock, QueuesSettings.defaults()))
                .defaultHeader("Client-ID", CLIENT_ID).defaultHeader("X-Project-ID", project);
    }

    @Test
    void versionsDocumentIs300() {
        Result result = newClient().simulateGet("/");
        assertEquals(300, result.status());
        assertEquals(Map.of("versions", List.of(Map.of("id", "2", "status", "CURRENT", "updated", "2014-9-24T04:06:47Z",
                "media-types", List.of(Map.of("base", "application/json",
                        "type", "application/vnd.openstack.messaging-v2+json")),
                "links", List.of(Map.of("href", "/v2/", "rel", "self"))))), result.json());
    }

    @Test
    void homeDocumentIsJsonHomeCachedForADay() {
        for (String path : List.of("/v2/", "/v2")) {
            Result result = client.simulateGet(path);
            assertEquals(200, result.status());
            assertEquals("application/json-home", result.contentType());
            assertEquals("max-age=86400", result.header("Cache-Control"));
            Map<String, Object> resources = map(result.jsonObject().get("resources"));
            assertEquals("/v2/queues/{queue_name}/messages{?marker,limit,echo,include_claimed}",
                    map(resources.get("rel/messages")).get("href-template"));
            assertEquals(Map.of("href", "/v2/health", "hints", Map.of("allow", List.of("GET"),
                    "formats", Map.of("application/json", Map.of()))), resources.get("rel/health"));
            assertNull(resources.get("rel/subscriptions_get"));
            assertNull(resources.get("rel/queue_share"));
        }
    }

    @Test
    void pingIs204WithoutBody() {
        Result result = client.simulateGet("/v2/ping");
        assertEquals(204, result.status());
        assertEquals("", result.text());
        assertEquals(204, client.simulateHead("/v2/ping").status());
    }

    @Test
    void pingOfAStoreThatIsDownIs503ForGetAndHead() {
        TestClient down = clientOfAStoreThatIsDown();
        assertError(down.simulateGet("/v2/ping"), 503, "Service temporarily unavailable",
                "The store could not be reached. Please try again in a few seconds.");
        assertEquals(503, down.simulateHead("/v2/ping").status());
    }

    @Test
    void healthReportsTheStoreAndEachOperation() {
        Result result = client.simulateGet("/v2/health");
        assertEquals(200, result.status());
        Map<String, Object> health = result.jsonObject();
        assertEquals(true, health.get("storage_reachable"));
        Map<String, Object> operations = map(health.get("operation_status"));
        assertEquals(List.of("create_queue", "post_messages", "claim_messages", "list_messages", "delete_messages",
                "delete_claim", "bulk_delete_messages", "delete_queue"), List.copyOf(operations.keySet()));
        for (Object status : operations.values()) {
            assertEquals(true, map(status).get("succeeded"), String.valueOf(status));
            assertNull(map(status).get("ref"));
            assertTrue(((Number) map(status).get("seconds")).doubleValue() >= 0);
        }
        assertEquals(List.of(), client.simulateGet("/v2/queues").jsonObject().get("queues"));
    }

    @Test
    void healthOfAStoreThatIsDownSaysSoWithAReference() {
        Result result = clientOfAStoreThatIsDown().simulateGet("/v2/health");
        assertEquals(200, result.status());
        assertEquals(false, result.jsonObject().get("storage_reachable"));
        Map<String, Object> create = map(map(result.jsonObject().get("operation_status")).get("create_queue"));
        assertEquals(false, create.get("succeeded"));
        assertTrue(((String) create.get("ref")).matches("[0-9a-f-]{36}"));
    }

    @Test
    void storeThatIsDownIs503SayingWhatCouldNotBeDoneButNotWhy() {
        TestClient down = clientOfAStoreThatIsDown();
        Map<String, Result> answers = Map.ofEntries(
                Map.entry("Queues could not be listed.", down.simulateGet("/v2/queues")),
                Map.entry("Queue could not be created.", down.simulatePut("/v2/queues/q")),
                Map.entry("Queue metadata could not be retrieved.", down.simulateGet("/v2/queues/q")),
                Map.entry("Queue could not be updated.", down.patch("/v2/queues/q")
                        .contentType("application/openstack-messaging-v2.0-json-patch").body("[]").send()),
                Map.entry("Queue could not be deleted.", down.simulateDelete("/v2/queues/q")),
                Map.entry("Queue stats could not be read.", down.simulateGet("/v2/queues/q/stats")),
                Map.entry("Queue could not be purged.", down.simulatePost("/v2/queues/q/purge")),
                Map.entry("Messages could not be enqueued.", down.post("/v2/queues/q/messages")
                        .body("{\"messages\": [{\"body\": 1}]}").send()),
                Map.entry("Messages could not be listed.", down.simulateGet("/v2/queues/q/messages")),
                Map.entry("Message could not be retrieved.", down.simulateGet("/v2/queues/q/messages?ids="
                        + CLIENT_ID)),
                Map.entry("Messages could not be deleted.", down.simulateDelete("/v2/queues/q/messages?ids=" + CLIENT_ID)),
                Map.entry("Messages could not be popped.", down.simulateDelete("/v2/queues/q/messages?pop=1")),
                Map.entry("Message could not be deleted.", down.simulateDelete("/v2/queues/q/messages/" + CLIENT_ID)),
                Map.entry("Claim could not be created.", down.simulatePost("/v2/queues/q/claims")),
                Map.entry("Claim could not be queried.", down.simulateGet("/v2/queues/q/claims/" + CLIENT_ID)),
                Map.entry("Claim could not be updated.", down.patch("/v2/queues/q/claims/" + CLIENT_ID).body("{}").send()),
                Map.entry("Claim could not be deleted.", down.simulateDelete("/v2/queues/q/claims/" + CLIENT_ID)));
        answers.forEach((what, result) -> assertError(result, 503, "Service temporarily unavailable",
                what + " Please try again in a few seconds."));
        assertError(down.simulateGet("/v2/queues/q/messages/" + CLIENT_ID), 503, "Service temporarily unavailable",
                "Message could not be retrieved. Please try again in a few seconds.");
    }
}
