package dev.peregrine.errors;

import dev.peregrine.PathFields;
import dev.peregrine.Request;
import dev.peregrine.Response;

/**
 * Turns an exception of type {@code T} into a response. Registered with
 * {@code app.addErrorHandler(type, handler)}; the handler for the most specific registered
 * supertype of a thrown exception is chosen. The response's body has been cleared (headers kept)
 * before the handler runs; a handler may throw an {@link HttpError} to answer with it instead.
 *
 * {@snippet :
 * app.addErrorHandler(StorageException.class, (req, resp, e, fields) -> {
 *     throw new HttpError(500, "Storage failed", e.getMessage());
 * });
 * }
 */
@FunctionalInterface
public interface ErrorHandler<T extends Throwable> {

    /** Handles {@code error}, thrown while serving {@code req}. */
    void handle(Request req, Response resp, T error, PathFields fields) throws Exception;
}
