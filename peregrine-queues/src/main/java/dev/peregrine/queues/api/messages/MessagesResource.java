package dev.peregrine.queues.api.messages;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.peregrine.QueryString;
import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpBadRequest;
import dev.peregrine.errors.HttpForbidden;
import dev.peregrine.queues.api.Hrefs;
import dev.peregrine.queues.api.PageLink;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.api.Uuids;
import dev.peregrine.queues.api.ZaqarErrors;
import dev.peregrine.queues.api.ZaqarHooks;
import dev.peregrine.queues.api.json.JsonDocuments;
import dev.peregrine.queues.api.queues.QueueMetadata;
import dev.peregrine.queues.store.ClaimNotValidException;
import dev.peregrine.queues.store.ClaimRequiredException;
import dev.peregrine.queues.store.ListQuery;
import dev.peregrine.queues.store.MessagePage;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.StoredMessage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A queue's messages ({@code zaqar/transport/wsgi/v2_0/messages.py}):
 * {@code /v2/queues/{queue_name}/messages} (suffix {@code collection}) and
 * {@code /v2/queues/{queue_name}/messages/{message_id}}.
 */
public final class MessagesResource {

    /** A page of a listing. */
    private record Listing(List<MessageView> messages, List<PageLink> links) {
    }

    private final QueueStore store;
    private final Clock clock;
    private final QueuesSettings settings;
    private final JsonDocuments json;

    /** The resource, over {@code store}. */
    public MessagesResource(QueueStore store, Clock clock, QueuesSettings settings, JsonDocuments json) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.json = json;
    }

    // ---- The collection ------------------------------------------------------------------------

    /**
     * {@code POST .../messages}: posts the messages, creating the queue when needed; 201 with
     * their paths, in the order posted.
     */
    public void onPostCollection(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        Map<String, Object> metadata = store.metadata(queue).orElse(Map.of());
        long queueMax = QueueMetadata.positive(metadata, QueueMetadata.MAX_MESSAGES_POST_SIZE);
        long max = queueMax > 0 ? Math.min(queueMax, settings.maxMessagesPostSize()) : settings.maxMessagesPostSize();
        Object document = json.read(req, max, () -> ZaqarErrors.invalidApiRequest(queueMax > 0
                ? "Message collection size is too large. The max size for current queue is " + max
                        + ". It is calculated by max size = min(max_messages_post_size_config: "
                        + settings.maxMessagesPostSize() + ", max_messages_post_size_queue: " + queueMax + ")."
                : "Message collection size is too large. Max size " + settings.maxMessagesPostSize()));
        if (document == null) {
            throw ZaqarErrors.invalidRequestBody("Request body can not be empty");
        }
        List<String> ids = store.post(queue, ZaqarHooks.clientId(req), NewMessages.read(document, metadata, settings, json));
        List<String> resources = new ArrayList<>(ids.size());
        for (String id : ids) {
            resources.add(Hrefs.message(queue.name(), id, null));
        }
        resp.status(201);
        resp.location(Hrefs.messages(queue.name()) + "?ids=" + String.join(",", ids));
        resp.media(Map.of("resources", resources));
    }

    /**
     * {@code GET .../messages}: a page of messages, oldest first, or with {@code ids} those
     * messages. An empty page is 200 with no next link, never 204.
     */
    public void onGetCollection(Request req, Response resp) {
        List<String> ids = req.paramAsList("ids");
        if (ids != null) {
            getByIds(req, resp, ids);
            return;
        }
        QueueId queue = ZaqarHooks.queue(req);
        String marker = req.param("marker");
        Integer limitParam = req.paramAsInt("limit");
        int limit = limitParam == null ? settings.defaultPageSize() : checkedPageSize(limitParam);
        Boolean echo = req.paramAsBool("echo");
        Boolean includeClaimed = req.paramAsBool("include_claimed");
        Boolean includeDelayed = req.paramAsBool("include_delayed");
        // NOTE: as in Zaqar, a queue without a delay lists delayed messages anyway (its messages keep none).
        boolean delayed = Boolean.TRUE.equals(includeDelayed)
                || QueueMetadata.positive(store.metadata(queue).orElse(Map.of()), QueueMetadata.DEFAULT_MESSAGE_DELAY) == 0;
        MessagePage page = store.list(queue, new ListQuery(marker, limit, ZaqarHooks.clientId(req),
                Boolean.TRUE.equals(echo), Boolean.TRUE.equals(includeClaimed), delayed));
        List<MessageView> messages = MessageView.list(queue.name(), page.messages(), clock.instant().getEpochSecond());
        List<PageLink> links = messages.isEmpty() ? List.of() : PageLink.next(new QueryString(Hrefs.messages(queue.name()))
                .add("marker", page.nextMarker()).add("limit", limitParam).add("echo", echo)
                .add("include_claimed", includeClaimed).add("include_delayed", includeDelayed));
        resp.media(new Listing(messages, links));
    }

    private void getByIds(Request req, Response resp, List<String> ids) {
        checkedPageSize(ids.size());
        QueueId queue = ZaqarHooks.queue(req);
        List<String> known = canonicalIds(ids);
        List<StoredMessage> found = known.isEmpty() ? List.of() : store.getAll(queue, known);
        if (found.isEmpty()) {
            throw ZaqarErrors.notFound("No messages with IDs: " + String.join(", ", ids) + " found in the queue "
                    + queue.name() + " for project " + queue.project() + ".");
        }
        resp.media(Map.of("messages", MessageView.list(queue.name(), found, clock.instant().getEpochSecond())));
    }

    /**
     * {@code DELETE .../messages}: with {@code ids}, deletes those messages, claimed or not (204);
     * with {@code pop=N}, takes up to N claimable messages off the queue and answers them (200).
     */
    public void onDeleteCollection(Request req, Response resp) {
        List<String> ids = req.paramAsList("ids");
        Integer pop = req.paramAsInt("pop");
        if (ids != null && pop != null) {
            throw ZaqarErrors.invalidApiRequest("pop and id params cannot be present together in the delete request.");
        }
        if (ids == null && pop == null) {
            throw ZaqarErrors.invalidApiRequest("The request should have either \"ids\" or \"pop\" parameter in the"
                    + " request, to be able to delete.");
        }
        int max = settings.maxMessagesPerClaimOrPop();
        if (pop != null && (pop < 1 || pop > max)) {
            throw ZaqarErrors.invalidApiRequest("Pop value must be at least 1 and may not be greater than " + max + ".");
        }
        if (ids != null && (ids.isEmpty() || ids.size() > settings.maxMessagesPerPage())) {
            throw ZaqarErrors.invalidApiRequest("ids parameter should have at least 1 and not greater than "
                    + settings.maxMessagesPerPage() + " values.");
        }
        QueueId queue = ZaqarHooks.queue(req);
        if (ids != null) {
            List<String> known = canonicalIds(ids);
            if (!known.isEmpty()) {
                store.deleteAll(queue, known);
            }
            resp.status(204);
            return;
        }
        long now = clock.instant().getEpochSecond();
        List<Map<String, Object>> popped = new ArrayList<>();
        for (StoredMessage message : store.pop(queue, pop)) {
            // NOTE: Zaqar answers the storage records as they are: no href, claim fields included.
            Map<String, Object> raw = new LinkedHashMap<>(8);
            raw.put("id", message.id());
            raw.put("body", new RawValue(message.bodyJson()));
            raw.put("ttl", message.ttl());
            raw.put("age", message.ageAt(now));
            raw.put("claim_id", message.claimId());
            raw.put("claim_count", message.claimCount());
            popped.add(raw);
        }
        resp.media(Map.of("messages", popped));
    }

    // ---- One message ---------------------------------------------------------------------------

    /** {@code GET .../messages/{message_id}}: the message, or 404 when it is gone or never was. */
    public void onGet(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        String id = Uuids.canonicalId(req.pathField("message_id"));
        Optional<StoredMessage> message = id == null ? Optional.empty() : store.get(queue, id);
        if (message.isEmpty()) {
            throw ZaqarErrors.messageNotFound(queue, req.pathField("message_id"));
        }
        resp.media(MessageView.of(queue.name(), message.get(), clock.instant().getEpochSecond()));
    }

    /**
     * {@code DELETE .../messages/{message_id}[?claim_id=...]}: 204, also when the message is
     * already gone. A claimed message needs the id of the claim that holds it.
     */
    public void onDelete(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        String id = Uuids.canonicalId(req.pathField("message_id"));
        if (id == null) {
            resp.status(204);
            return;
        }
        String claimParam = req.param("claim_id");
        String canonicalClaim = claimParam == null ? null : Uuids.canonicalId(claimParam);
        try {
            store.delete(queue, id, canonicalClaim == null ? claimParam : canonicalClaim);
        } catch (ClaimRequiredException held) {
            throw new HttpForbidden("Unable to delete", "This message is claimed; it cannot be deleted without a valid claim ID.");
        } catch (ClaimNotValidException notValid) {
            // PERF: which of Zaqar's two answers applies is asked of the store only on this rare path.
            if (canonicalClaim == null || store.getClaim(queue, canonicalClaim).isEmpty()) {
                throw new HttpBadRequest("Unable to delete", "The specified claim does not exist or has expired.");
            }
            throw new HttpBadRequest("Unable to delete", "A claim was specified, but the message is not currently claimed.");
        }
        resp.status(204);
    }

    // ---- Helpers -------------------------------------------------------------------------------

    private int checkedPageSize(int limit) {
        if (limit < 1 || limit > settings.maxMessagesPerPage()) {
            throw ZaqarErrors.invalidApiRequest("Limit must be at least 1 and may not be greater than "
                    + settings.maxMessagesPerPage() + ".");
        }
        return limit;
    }

    /** The ids that are ids, canonical; the others name no message. */
    private static List<String> canonicalIds(List<String> ids) {
        List<String> known = new ArrayList<>(ids.size());
        for (String id : ids) {
            String canonical = Uuids.canonicalId(id);
            if (canonical != null) {
                known.add(canonical);
            }
        }
        return known;
    }
}
