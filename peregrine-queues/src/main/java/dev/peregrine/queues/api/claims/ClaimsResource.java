package dev.peregrine.queues.api.claims;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.queues.api.Hrefs;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.api.Uuids;
import dev.peregrine.queues.api.ZaqarErrors;
import dev.peregrine.queues.api.ZaqarHooks;
import dev.peregrine.queues.api.json.JsonDocuments;
import dev.peregrine.queues.api.messages.MessageView;
import dev.peregrine.queues.store.Claim;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueueStore;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A queue's claims ({@code zaqar/transport/wsgi/v2_0/claims.py}):
 * {@code /v2/queues/{queue_name}/claims} (suffix {@code collection}) and
 * {@code /v2/queues/{queue_name}/claims/{claim_id}}.
 */
public final class ClaimsResource {

    /**
     * A claim as GET shows it: no id and no grace, as in Zaqar.
     *
     * @param age seconds since the claim was made or last renewed
     * @param ttl its time to live in seconds
     * @param href its path
     * @param messages the messages it holds
     */
    private record ClaimView(long age, int ttl, String href, List<MessageView> messages) {
    }

    private final QueueStore store;
    private final Clock clock;
    private final QueuesSettings settings;
    private final JsonDocuments json;

    /** The resource, over {@code store}. */
    public ClaimsResource(QueueStore store, Clock clock, QueuesSettings settings, JsonDocuments json) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.json = json;
    }

    /**
     * {@code POST .../claims[?limit=N]} with an optional {@code {"ttl": ..., "grace": ...}}:
     * claims up to N messages; 201 with them, or 204 when there was nothing to claim.
     */
    public void onPostCollection(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        Integer limitParam = req.paramAsInt("limit");
        Map<?, ?> document = readObject(req, false);
        long ttl = document == null ? settings.defaultClaimTtl()
                : JsonDocuments.integerField(document, "ttl", settings.defaultClaimTtl());
        long grace = document == null ? settings.defaultClaimGrace()
                : JsonDocuments.integerField(document, "grace", settings.defaultClaimGrace());
        checkTtl(ttl);
        int limit = limitParam == null ? settings.defaultPageSize() : limitParam;
        int max = settings.maxMessagesPerClaimOrPop();
        if (limit < 1 || limit > max) {
            throw ZaqarErrors.invalidApiRequest("Limit must be at least 1 and may not be greater than " + max + ".");
        }
        checkGrace(grace, QueuesSettings.MIN_CLAIM_GRACE);
        Optional<Claim> claim = store.claim(queue, limit, (int) ttl, (int) grace);
        if (claim.isEmpty() || claim.get().messages().isEmpty()) {
            resp.status(204);
            return;
        }
        resp.status(201);
        resp.location(Hrefs.claim(queue.name(), claim.get().id()));
        resp.media(Map.of("messages", MessageView.list(queue.name(), claim.get().messages(), clock.instant().getEpochSecond())));
    }

    /** {@code GET .../claims/{claim_id}}: the claim and its messages, or 404 once it has ended. */
    public void onGet(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        String id = Uuids.canonicalId(req.pathField("claim_id"));
        Optional<Claim> found = id == null ? Optional.empty() : store.getClaim(queue, id);
        if (found.isEmpty()) {
            throw ZaqarErrors.claimNotFound(queue, req.pathField("claim_id"));
        }
        Claim claim = found.get();
        long now = clock.instant().getEpochSecond();
        resp.media(new ClaimView(now - claim.updated(), claim.ttl(), Hrefs.claim(queue.name(), claim.id()),
                MessageView.list(queue.name(), claim.messages(), now)));
    }

    /**
     * {@code PATCH .../claims/{claim_id}} with {@code {"ttl": ..., "grace": ...}}: renews the claim
     * from now (204), or 404 once it has ended (the store's
     * {@code ClaimNotFoundException}, answered by {@link dev.peregrine.queues.api.StoreErrors}).
     */
    public void onPatch(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        Map<?, ?> document = readObject(req, true);
        long ttl = JsonDocuments.integerField(document, "ttl", settings.defaultClaimTtl());
        long grace = JsonDocuments.integerField(document, "grace", settings.defaultClaimGrace());
        checkTtl(ttl);
        // NOTE: Zaqar does not check the grace of an update at all; a negative or huge one is refused here.
        checkGrace(grace, 0);
        String id = Uuids.canonicalId(req.pathField("claim_id"));
        if (id == null) {
            throw ZaqarErrors.claimNotFound(queue, req.pathField("claim_id"));
        }
        store.updateClaim(queue, id, (int) ttl, (int) grace);
        resp.status(204);
    }

    /** {@code DELETE .../claims/{claim_id}}: releases the claim's messages; 204 whether or not it existed. */
    public void onDelete(Request req, Response resp) {
        String id = Uuids.canonicalId(req.pathField("claim_id"));
        if (id != null) {
            store.deleteClaim(ZaqarHooks.queue(req), id);
        }
        resp.status(204);
    }

    /** The body as an object; {@code null} when it is empty and {@code required} is false. */
    private Map<?, ?> readObject(Request req, boolean required) {
        Object document = json.read(req, settings.maxControlBodySize(),
                () -> ZaqarErrors.bodyTooLarge(settings.maxControlBodySize()));
        if (document == null) {
            if (required) {
                throw ZaqarErrors.invalidRequestBody("Request body can not be empty");
            }
            return null;
        }
        if (!(document instanceof Map<?, ?> object)) {
            throw ZaqarErrors.documentTypeNotSupported();
        }
        return object;
    }

    private void checkTtl(long ttl) {
        if (ttl < QueuesSettings.MIN_CLAIM_TTL || ttl > settings.maxClaimTtl()) {
            throw ZaqarErrors.invalidApiRequest("The TTL for a claim may not exceed " + settings.maxClaimTtl()
                    + " seconds, and must be at least " + QueuesSettings.MIN_CLAIM_TTL + " seconds long.");
        }
    }

    private void checkGrace(long grace, int min) {
        if (grace < min || grace > settings.maxClaimGrace()) {
            throw ZaqarErrors.invalidApiRequest("The grace for a claim may not exceed " + settings.maxClaimGrace()
                    + " seconds, and must be at least " + min + " seconds long.");
        }
    }

}
