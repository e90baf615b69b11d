package dev.peregrine.queues.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.SettableClock;
import dev.peregrine.queues.store.sqlite.SqliteQueueStore;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the API tests share: one SQLite store per test class, in a directory of its own, on a
 * clock that moves only when a test moves it; and for each test a fresh project, so tests never
 * see each other's queues, and a client sending the headers every request needs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiTest {

    /** The Client-ID the client sends. */
    static final String CLIENT_ID = "3381af92-2b9e-11e3-b191-71861300734c";

    SettableClock clock;
    QueueStore store;
    /** This test's project. */
    String project;
    /** A client sending {@link #CLIENT_ID} and {@link #project}. */
    TestClient client;

    @BeforeAll
    void openStore(@TempDir Path directory) {
        clock = new SettableClock(Instant.parse("2026-12-06T10:00:00Z"));
        store = SqliteQueueStore.open(directory, clock);
    }

    @AfterAll
    void closeStore() {
        store.close();
    }

    @BeforeEach
    void newProject() {
        project = "project-" + UUID.randomUUID();
        client = newClient().defaultHeader("Client-ID", CLIENT_ID).defaultHeader("X-Project-ID", project);
    }

    /** A client of a fresh app over the store, sending no header of its own. */
    TestClient newClient() {
        return new TestClient(QueuesApp.create(store, clock, QueuesSettings.defaults()));
    }

    /** Posts messages with these JSON bodies (ttl 3600) and answers their ids. */
    List<String> post(String queue, String... bodies) {
        StringBuilder json = new StringBuilder("{\"messages\": [");
        for (int i = 0; i < bodies.length; i++) {
            json.append(i == 0 ? "" : ", ").append("{\"ttl\": 3600, \"body\": ").append(bodies[i]).append('}');
        }
        Result posted = client.post("/v2/queues/" + queue + "/messages").body(json.append("]}").toString()).send();
        assertEquals(201, posted.status(), posted.text());
        List<String> ids = new ArrayList<>();
        for (Object href : list(posted.jsonObject().get("resources"))) {
            String path = (String) href;
            ids.add(path.substring(path.lastIndexOf('/') + 1));
        }
        return ids;
    }

    /** Asserts a Falcon-style error: the status, the title and the description. */
    static void assertError(Result result, int status, String title, String description) {
        assertEquals(status, result.status(), result.text());
        assertEquals(Map.of("title", title, "description", description), result.json(), result.text());
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value) {
        return (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    /** The message objects of a body {@code {"messages": [...]}}. */
    static List<Map<String, Object>> messages(Result result) {
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Object message : list(result.jsonObject().get("messages"))) {
            messages.add(map(message));
        }
        return messages;
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
