package dev.peregrine.queues.api;

import dev.peregrine.App;
import dev.peregrine.queues.api.claims.ClaimsResource;
import dev.peregrine.queues.api.json.JsonDocuments;
import dev.peregrine.queues.api.messages.MessagesResource;
import dev.peregrine.queues.api.queues.QueueListingResource;
import dev.peregrine.queues.api.queues.QueuesResource;
import dev.peregrine.queues.api.service.HealthResource;
import dev.peregrine.queues.api.service.HomeDocumentResource;
import dev.peregrine.queues.api.service.PingResource;
import dev.peregrine.queues.api.service.VersionsResource;
import dev.peregrine.queues.auth.TokenAuthMiddleware;
import dev.peregrine.queues.auth.TokenAuthenticator;
import dev.peregrine.queues.store.QueueStore;
import java.time.Clock;

/**
 * Peregrine Queues' HTTP API: OpenStack Zaqar's v2 API (queues, messages, claims, delayed
 * messages and dead-letter queues; no subscriptions, pools, flavors, topics or pre-signed URLs),
 * over a {@link QueueStore}, so Zaqar's clients work against it unchanged.
 *
 * {@snippet :
 * App app = QueuesApp.create(store, Clock.systemUTC(), QueuesSettings.defaults());
 * TestClient client = new TestClient(app)
 *         .defaultHeader("Client-ID", UUID.randomUUID().toString())
 *         .defaultHeader("X-Project-ID", "my-project");
 * client.put("/v2/queues/orders").send();   // 201
 * }
 *
 * <p>Every routed request runs, in order: the token check when tokens are configured, then
 * Zaqar's hooks ({@link ZaqarHooks}), then the responder; the store's failures become 404s and
 * 503s ({@link StoreErrors}).
 */
public final class QueuesApp {

    /** The versions document. */
    public static final String VERSIONS = "/";
    /** The JSON-home document ({@code /v2/}; the trailing slash is optional). */
    public static final String HOME = "/v2";
    /** The store's ping. */
    public static final String PING = "/v2/ping";
    /** The store's health. */
    public static final String HEALTH = "/v2/health";
    /** The project's queues. */
    public static final String QUEUES = "/v2/queues";
    /** A queue. */
    public static final String QUEUE = QUEUES + "/{" + ZaqarHooks.QUEUE_NAME + "}";
    /** A queue's stats. */
    public static final String STATS = QUEUE + "/stats";
    /** A queue's purge. */
    public static final String PURGE = QUEUE + "/purge";
    /** A queue's messages. */
    public static final String MESSAGES = QUEUE + "/messages";
    /** A message. */
    public static final String MESSAGE = MESSAGES + "/{message_id}";
    /** A queue's claims. */
    public static final String CLAIMS = QUEUE + "/claims";
    /** A claim. */
    public static final String CLAIM = CLAIMS + "/{claim_id}";

    private QueuesApp() {
    }

    /** The API over {@code store}, open to anyone who can reach it. */
    public static App create(QueueStore store, Clock clock, QueuesSettings settings) {
        return build(store, clock, settings, null);
    }

    /** The API over {@code store}, for holders of a project's token only ({@link TokenAuthMiddleware}). */
    public static App create(QueueStore store, Clock clock, QueuesSettings settings, TokenAuthenticator tokens) {
        return build(store, clock, settings, tokens);
    }

    private static App build(QueueStore store, Clock clock, QueuesSettings settings, TokenAuthenticator tokens) {
        App app = new App();
        // NOTE: as Zaqar configures Falcon: ids=a,b is a list, and ?marker= is no marker.
        app.requestOptions().autoParseQsCsv(true).keepBlankQsValues(false);
        if (tokens != null) {
            app.addMiddleware(new TokenAuthMiddleware(tokens));
        }
        app.addMiddleware(new ZaqarHooks());
        StoreErrors.register(app);

        JsonDocuments json = new JsonDocuments();
        app.addRoute(VERSIONS, new VersionsResource());
        app.addRoute(HOME, new HomeDocumentResource());
        app.addRoute(PING, new PingResource(store));
        app.addRoute(HEALTH, new HealthResource(store));

        app.addRoute(QUEUES, new QueueListingResource(store, settings));
        QueuesResource queues = new QueuesResource(store, clock, settings, json);
        app.addRoute(QUEUE, queues);
        app.addRoute(STATS, queues, "stats");
        app.addRoute(PURGE, queues, "purge");

        MessagesResource messages = new MessagesResource(store, clock, settings, json);
        app.addRoute(MESSAGES, messages, "collection");
        app.addRoute(MESSAGE, messages);

        ClaimsResource claims = new ClaimsResource(store, clock, settings, json);
        app.addRoute(CLAIMS, claims, "collection");
        app.addRoute(CLAIM, claims);
        return app;
    }
}
