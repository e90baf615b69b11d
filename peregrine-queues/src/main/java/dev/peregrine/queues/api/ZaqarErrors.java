package dev.peregrine.queues.api;

import dev.peregrine.errors.HttpBadRequest;
import dev.peregrine.errors.HttpConflict;
import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpForbidden;
import dev.peregrine.errors.HttpNotFound;
import dev.peregrine.errors.HttpServiceUnavailable;
import dev.peregrine.queues.store.QueueId;

/**
 * The errors Zaqar answers with, by their titles (zaqar.md §1.1; {@code zaqar/transport/wsgi/errors.py}),
 * so that clients matching on a title or a description keep working.
 */
public final class ZaqarErrors {

    private ZaqarErrors() {
    }

    /** 400 "Invalid API request": a limit or a range, Zaqar's {@code ValidationFailed}. */
    public static HttpError invalidApiRequest(String description) {
        return new HttpBadRequest("Invalid API request", description);
    }

    /** 400 "Invalid request body": a body that cannot be read, or a field of the wrong type. */
    public static HttpError invalidRequestBody(String description) {
        return new HttpBadRequest("Invalid request body", description);
    }

    /** 400 "Invalid request body" "Document type not supported.": a body of the wrong JSON type. */
    public static HttpError documentTypeNotSupported() {
        return invalidRequestBody("Document type not supported.");
    }

    /**
     * 400 "Invalid API request" for a body over {@code max} bytes on a route where Zaqar has no
     * limit of its own (claims, purge).
     */
    public static HttpError bodyTooLarge(int max) {
        return invalidApiRequest("Request body is too large. Max size: " + max);
    }

    /** 404 "Not found". */
    public static HttpError notFound(String description) {
        return new HttpNotFound("Not found", description);
    }

    /** 404 "Not found" for a queue, in Zaqar's storage words. */
    public static HttpError queueNotFound(QueueId queue) {
        return notFound("Queue " + queue.name() + " does not exist for project " + queue.project());
    }

    /** 404 "Not found" for a message, in Zaqar's storage words. */
    public static HttpError messageNotFound(QueueId queue, String id) {
        return notFound("Message " + id + " does not exist in queue " + queue.name() + " for project " + queue.project());
    }

    /** 404 "Not found" for a claim, in Zaqar's storage words. */
    public static HttpError claimNotFound(QueueId queue, String id) {
        return notFound("Claim " + id + " does not exist in queue " + queue.name() + " for project " + queue.project());
    }

    /** 409 "Resource conflict". */
    public static HttpError conflict(String description) {
        return new HttpConflict("Resource conflict", description);
    }

    /** 403 "Not authorized", Zaqar's policy denial. */
    public static HttpError notAuthorized() {
        return new HttpForbidden("Not authorized", "You are not authorized to complete this action.");
    }

    /**
     * 503 "Service temporarily unavailable": the store could not answer.
     *
     * @param what what could not be done, as a sentence, such as "Messages could not be listed."
     */
    public static HttpError unavailable(String what) {
        return new HttpServiceUnavailable("Service temporarily unavailable", what + " Please try again in a few seconds.");
    }
}
