package dev.peregrine.queues.api.service;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.queues.store.Claim;
import dev.peregrine.queues.store.ListQuery;
import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.StoreException;
import dev.peregrine.queues.store.StoredMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /v2/health}: whether the store answers, and how long each operation of a small
 * workload took, as Zaqar's {@code _get_operation_status}: create a queue, post 100 messages,
 * claim, list, delete the claimed messages with their claim, delete the claim, delete the rest
 * and the queue. The workload runs in a project of its own, a fresh UUID, so it never touches a
 * tenant's data.
 *
 * <p>NOTE: Zaqar serves it only in admin mode. It is served here to anyone who may use the API
 * (behind the token check when tokens are configured); checks run one at a time, so a burst of
 * them costs one workload at a time.
 */
public final class HealthResource {

    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);
    private static final int MESSAGES = 100;

    private final QueueStore store;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    /** The health of {@code store}. */
    public HealthResource(QueueStore store) {
        this.store = store;
    }

    /** Answers {@code {"storage_reachable": bool, "operation_status": {op: {"succeeded", "seconds", "ref"}}}}. */
    public void onGet(Request req, Response resp) {
        Map<String, Object> health = new LinkedHashMap<>(2);
        oneAtATime.lock();
        try {
            health.put("storage_reachable", reachable());
            health.put("operation_status", operationStatus());
        } finally {
            oneAtATime.unlock();
        }
        resp.media(health);
    }

    private boolean reachable() {
        try {
            store.ping();
            return true;
        } catch (StoreException e) {
            return false;
        }
    }

    private Map<String, Object> operationStatus() {
        Map<String, Object> status = new LinkedHashMap<>();
        QueueId queue = new QueueId(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        String client = UUID.randomUUID().toString();
        if (run(status, "create_queue", () -> store.createQueue(queue, Map.of())) == null) {
            return status;
        }
        List<NewMessage> messages = new ArrayList<>(MESSAGES);
        for (int i = 0; i < MESSAGES; i++) {
            messages.add(new NewMessage("{\"event\":\"p_" + i + "\"}", 600, 0));
        }
        List<String> ids = run(status, "post_messages", () -> store.post(queue, client, messages));
        if (ids != null && !ids.isEmpty()) {
            Optional<Claim> claim = run(status, "claim_messages", () -> store.claim(queue, 10, 60, 300));
            run(status, "list_messages", () -> store.list(queue, new ListQuery(null, 10, client, true, true, true)));
            if (claim != null && claim.isPresent()) {
                for (StoredMessage message : claim.get().messages()) {
                    if (run(status, "delete_messages", () -> {
                        store.delete(queue, message.id(), claim.get().id());
                        return true;
                    }) == null) {
                        break;
                    }
                }
                run(status, "delete_claim", () -> {
                    store.deleteClaim(queue, claim.get().id());
                    return true;
                });
            }
        }
        run(status, "bulk_delete_messages", () -> {
            store.deleteAll(queue, ids == null ? List.of() : ids);
            return true;
        });
        run(status, "delete_queue", () -> {
            store.deleteQueue(queue);
            return true;
        });
        return status;
    }

    /**
     * Runs one operation and records {@code {"succeeded", "seconds", "ref"}} under its name; a
     * failure is logged under a fresh reference, which the answer gives instead of the error.
     *
     * @return what the operation returned, or {@code null} when it failed
     */
    private static <T> T run(Map<String, Object> status, String name, Callable<T> operation) {
        long start = System.nanoTime();
        T result = null;
        String ref = null;
        try {
            result = operation.call();
        } catch (Exception e) {
            ref = UUID.randomUUID().toString();
            LOG.error("Health check operation {} failed (ref {})", name, ref, e);
        }
        Map<String, Object> outcome = new LinkedHashMap<>(4);
        outcome.put("succeeded", ref == null);
        outcome.put("seconds", (System.nanoTime() - start) / 1e9);
        outcome.put("ref", ref);
        status.put(name, outcome);
        return ref == null ? result : null;
    }
}
