package dev.peregrine.queues.api.queues;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpUnsupportedMediaType;
import dev.peregrine.queues.api.Hrefs;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.api.ZaqarErrors;
import dev.peregrine.queues.api.ZaqarHooks;
import dev.peregrine.queues.api.json.JsonDocuments;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueueStats;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.StoredMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A queue and its metadata ({@code zaqar/transport/wsgi/v2_0/queues.py}, {@code stats.py},
 * {@code purge.py}): {@code /v2/queues/{queue_name}} with the suffixes {@code stats} and
 * {@code purge}. The listing, {@code /v2/queues}, is {@link QueueListingResource}.
 */
public final class QueuesResource {

    private static final Set<String> PURGEABLE = Set.of("messages", "subscriptions");

    private final QueueStore store;
    private final Clock clock;
    private final QueuesSettings settings;
    private final JsonDocuments json;

    /** The resource, over {@code store}. */
    public QueuesResource(QueueStore store, Clock clock, QueuesSettings settings, JsonDocuments json) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.json = json;
    }

    /**
     * {@code GET /v2/queues/{queue_name}}: the metadata, reserved defaults filled in. A queue that
     * does not exist has only the defaults, as in Zaqar.
     */
    public void onGet(Request req, Response resp) {
        Map<String, Object> stored = store.metadata(ZaqarHooks.queue(req)).orElse(Map.of());
        resp.media(QueueMetadata.withDefaults(stored, settings));
    }

    /**
     * {@code PUT /v2/queues/{queue_name}}: creates the queue with the body as its metadata (201),
     * or leaves an existing queue and its metadata as they are (204).
     */
    public void onPut(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        Object document = json.read(req, settings.maxQueueMetadata(), metadataTooLarge(ZaqarErrors::invalidApiRequest));
        Map<String, Object> metadata = document == null ? Map.of() : object(document);
        QueueMetadata.check(metadata, settings, ZaqarErrors::invalidApiRequest);
        boolean created = store.createQueue(queue, metadata);
        resp.status(created ? 201 : 204);
        resp.location(Hrefs.queue(queue.name()));
    }

    /**
     * {@code PATCH /v2/queues/{queue_name}}: applies a JSON patch to the metadata and answers the
     * result, reserved defaults filled in. The queue must exist.
     */
    public void onPatch(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        Supplier<HttpError> tooLarge = metadataTooLarge(ZaqarErrors::invalidRequestBody);
        if (req.contentLength() > settings.maxQueueMetadata()) {
            throw tooLarge.get();
        }
        // NOTE: Zaqar compares the whole header, so a charset parameter gets a 415 there.
        if (!MetadataPatch.MEDIA_TYPE.equals(req.contentMediaType())) {
            throw new HttpUnsupportedMediaType(null, "Accepted media type for PATCH: " + MetadataPatch.MEDIA_TYPE + ".")
                    .header("Accept-Patch", MetadataPatch.MEDIA_TYPE);
        }
        Object document = json.read(req, settings.maxQueueMetadata(), tooLarge);
        if (document == null) {
            throw ZaqarErrors.invalidRequestBody("PATCH body could not be empty for update.");
        }
        if (!(document instanceof List<?> changes)) {
            throw ZaqarErrors.documentTypeNotSupported();
        }
        MetadataPatch patch = MetadataPatch.of(changes);
        Map<String, Object> updated = store.updateMetadata(queue, stored -> {
            Map<String, Object> changed = patch.applyTo(stored);
            QueueMetadata.check(changed, settings, ZaqarErrors::invalidRequestBody);
            return changed;
        });
        resp.media(QueueMetadata.withDefaults(updated, settings));
    }

    /** {@code DELETE /v2/queues/{queue_name}}: 204, whether or not the queue existed. */
    public void onDelete(Request req, Response resp) {
        store.deleteQueue(ZaqarHooks.queue(req));
        resp.status(204);
    }

    /**
     * {@code GET /v2/queues/{queue_name}/stats}: message counts, with the oldest and newest
     * message when there is one. A queue that does not exist has zeros.
     */
    public void onGetStats(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        QueueStats stats = store.stats(queue);
        long now = clock.instant().getEpochSecond();
        Map<String, Object> messages = new LinkedHashMap<>(8);
        messages.put("claimed", stats.claimed());
        messages.put("free", stats.free());
        messages.put("total", stats.total());
        if (stats.total() > 0 && stats.oldest() != null && stats.newest() != null) {
            messages.put("oldest", summary(queue, stats.oldest(), now));
            messages.put("newest", summary(queue, stats.newest(), now));
        }
        resp.media(Map.of("messages", messages));
    }

    /**
     * The oldest or newest message in stats. NOTE: Zaqar also lets the storage record leak
     * through (ttl, body, claim fields); its API reference shows these three.
     */
    private static Map<String, Object> summary(QueueId queue, StoredMessage message, long now) {
        Map<String, Object> summary = new LinkedHashMap<>(4);
        summary.put("href", Hrefs.message(queue.name(), message.id(), null));
        summary.put("age", message.ageAt(now));
        summary.put("created", DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochSecond(message.created())));
        return summary;
    }

    /**
     * {@code POST /v2/queues/{queue_name}/purge}: deletes the queue's messages, keeping the
     * queue. The optional body {@code {"resource_types": [...]}} names what to purge, among
     * {@code messages} and {@code subscriptions} (of which this service has none).
     */
    public void onPostPurge(Request req, Response resp) {
        QueueId queue = ZaqarHooks.queue(req);
        Object document = json.read(req, settings.maxControlBodySize(),
                () -> ZaqarErrors.bodyTooLarge(settings.maxControlBodySize()));
        boolean messages = true;
        if (document != null) {
            if (!(document instanceof Map<?, ?> purge && purge.containsKey("resource_types"))) {
                throw ZaqarErrors.invalidApiRequest("Post body must contain key \"resource_types\".");
            }
            if (!(purge.get("resource_types") instanceof List<?> types) || !PURGEABLE.containsAll(types)) {
                throw ZaqarErrors.invalidApiRequest("Resource types must be a sub set of {'messages', 'subscriptions'}.");
            }
            messages = types.contains("messages");
        }
        if (messages) {
            store.purgeMessages(queue);
        }
        resp.status(204);
    }

    private Supplier<HttpError> metadataTooLarge(Function<String, HttpError> titled) {
        return () -> titled.apply("Queue metadata is too large. Max size: " + settings.maxQueueMetadata());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object document) {
        if (!(document instanceof Map<?, ?>)) {
            throw ZaqarErrors.documentTypeNotSupported();
        }
        return (Map<String, Object>) document;
    }
}
