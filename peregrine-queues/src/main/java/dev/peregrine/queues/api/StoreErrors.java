package dev.peregrine.queues.api;

import dev.peregrine.App;
import dev.peregrine.Request;
import dev.peregrine.queues.store.ClaimNotFoundException;
import dev.peregrine.queues.store.QueueNotFoundException;
import dev.peregrine.queues.store.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the store's exceptions become answers: a queue or claim that is not there is a 404, a
 * store that cannot answer a 503 saying what could not be done, in Zaqar's words, without the
 * store's own message (logged instead). The claim checks of a message delete are the message
 * resource's, which knows which 400 or 403 applies.
 */
public final class StoreErrors {

    private static final Logger LOG = LoggerFactory.getLogger(StoreErrors.class);

    private StoreErrors() {
    }

    /** Adds the handlers to {@code app}. */
    public static void register(App app) {
        app.addErrorHandler(StoreUnavailableException.class, (req, resp, e, fields) -> {
            // NOTE: one line per failed request, since an outage fails every one; the trace at debug.
            LOG.warn("{} {} => 503: the store could not answer: {}{}", req.method(), req.path(), e.getMessage(),
                    e.getCause() == null ? "" : " (" + e.getCause() + ")");
            LOG.debug("The store's failure", e);
            throw ZaqarErrors.unavailable(whatFailed(req));
        });
        app.addErrorHandler(QueueNotFoundException.class, (req, resp, e, fields) -> {
            throw ZaqarErrors.queueNotFound(ZaqarHooks.queue(req));
        });
        app.addErrorHandler(ClaimNotFoundException.class, (req, resp, e, fields) -> {
            throw ZaqarErrors.claimNotFound(ZaqarHooks.queue(req), fields.get("claim_id"));
        });
    }

    /** What the request could not do, as Zaqar's responders say it. */
    private static String whatFailed(Request req) {
        String template = req.uriTemplate() == null ? "" : req.uriTemplate();
        String method = req.method();
        return switch (template) {
            case QueuesApp.QUEUES -> "Queues could not be listed.";
            case QueuesApp.QUEUE -> switch (method) {
                case "PUT" -> "Queue could not be created.";
                case "PATCH" -> "Queue could not be updated.";
                case "DELETE" -> "Queue could not be deleted.";
                default -> "Queue metadata could not be retrieved.";
            };
            case QueuesApp.STATS -> "Queue stats could not be read.";
            case QueuesApp.PURGE -> "Queue could not be purged.";
            case QueuesApp.MESSAGES -> switch (method) {
                case "POST" -> "Messages could not be enqueued.";
                case "DELETE" -> req.hasParam("pop") ? "Messages could not be popped." : "Messages could not be deleted.";
                default -> req.hasParam("ids") ? "Message could not be retrieved." : "Messages could not be listed.";
            };
            case QueuesApp.MESSAGE -> method.equals("DELETE") ? "Message could not be deleted." : "Message could not be retrieved.";
            case QueuesApp.CLAIMS -> "Claim could not be created.";
            case QueuesApp.CLAIM -> switch (method) {
                case "PATCH" -> "Claim could not be updated.";
                case "DELETE" -> "Claim could not be deleted.";
                default -> "Claim could not be queried.";
            };
            case QueuesApp.PING -> "The store could not be reached.";
            default -> "The store could not answer.";
        };
    }
}
