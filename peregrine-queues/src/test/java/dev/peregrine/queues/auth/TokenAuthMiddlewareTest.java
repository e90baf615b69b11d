package dev.peregrine.queues.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.queues.api.QueuesApp;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.SettableClock;
import dev.peregrine.queues.store.sqlite.SqliteQueueStore;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The API behind tokens: 401 without a valid one, 403 with another project's, the versions document open. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokenAuthMiddlewareTest {

    private static final String CLIENT_ID = "3381af92-2b9e-11e3-b191-71861300734c";

    private final SecureRandom random = new SecureRandom();
    private final CountingHasher hasher = new CountingHasher();
    private final String alphaToken = TokenAuthenticator.newToken("alpha", random);
    private final String betaToken = TokenAuthenticator.newToken("beta", random);
    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private QueueStore store;
    private TokenAuthenticator tokens;
    private TestClient client;

    @BeforeAll
    void start(@TempDir Path directory) {
        store = SqliteQueueStore.open(directory, clock);
        tokens = new TokenAuthenticator(List.of(
                TokenAuthenticator.stored("alpha", alphaToken, hasher, random),
                TokenAuthenticator.stored("beta", betaToken, hasher, random)), hasher, 100);
        client = new TestClient(QueuesApp.create(store, clock, QueuesSettings.defaults(), tokens))
                .defaultHeader("Client-ID", CLIENT_ID).defaultHeader("X-Project-ID", "alpha");
    }

    @AfterAll
    void stop() {
        store.close();
    }

    private static void assertChallenged(Result result, String description) {
        assertEquals(401, result.status());
        assertEquals("Token realm=\"peregrine-queues\"", result.header("WWW-Authenticate"));
        assertEquals(Map.of("title", "Authentication required", "description", description), result.json());
    }

    @Test
    void requestWithoutTokenIs401WithAChallenge() {
        assertChallenged(client.simulateGet("/v2/queues"), "Send the project's API token in the X-Auth-Token header.");
        assertChallenged(client.get("/v2/queues").header("X-Auth-Token", "").send(),
                "Send the project's API token in the X-Auth-Token header.");
    }

    @Test
    void requestWithAWrongTokenIs401() {
        assertChallenged(client.get("/v2/queues").header("X-Auth-Token", TokenAuthenticator.newToken("alpha", random)).send(),
                "The X-Auth-Token header does not hold a valid token.");
        assertChallenged(client.get("/v2/queues").header("X-Auth-Token", "guess").send(),
                "The X-Auth-Token header does not hold a valid token.");
    }

    @Test
    void requestWithTheProjectsTokenIsServed() {
        Result result = client.put("/v2/queues/orders").header("X-Auth-Token", alphaToken).send();
        assertEquals(201, result.status(), result.text());
    }

    @Test
    void tokenOfAnotherProjectIs403() {
        Result result = client.get("/v2/queues").header("X-Auth-Token", betaToken).send();
        assertEquals(403, result.status());
        assertEquals(Map.of("title", "Not authorized",
                "description", "The token in X-Auth-Token is not valid for the project in X-Project-ID."), result.json());
    }

    @Test
    void tokenIsCheckedBeforeZaqarsHooks() {
        Result result = new TestClient(QueuesApp.create(store, clock, QueuesSettings.defaults(),
                new TokenAuthenticator(List.of(), hasher, 1))).simulateGet("/v2/queues");
        assertEquals(401, result.status());
    }

    @Test
    void validTokenWithoutProjectHeaderMeetsTheProjectHook() {
        TestClient withoutProject = new TestClient(QueuesApp.create(store, clock,
                QueuesSettings.defaults(), tokens)).defaultHeader("Client-ID", CLIENT_ID);
        Result result = withoutProject.get("/v2/queues").header("X-Auth-Token", alphaToken).send();
        assertEquals(400, result.status());
        assertEquals("Project-Id Missing", result.jsonObject().get("title"));
    }

    @Test
    void versionsDocumentNeedsNoToken() {
        assertEquals(300, client.simulateGet("/").status());
    }

    @Test
    void pathWithoutRouteIs404WithoutAToken() {
        assertEquals(404, client.simulateGet("/v3/queues").status());
    }
}
