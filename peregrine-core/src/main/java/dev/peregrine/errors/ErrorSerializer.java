package dev.peregrine.errors;

import dev.peregrine.Request;
import dev.peregrine.Response;

/**
 * Writes an {@link HttpError}'s body (and Content-Type) into a response whose status and the
 * error's headers are already set. Replace the default with {@code app.setErrorSerializer(...)}.
 */
@FunctionalInterface
public interface ErrorSerializer {

    /** Renders {@code error} into {@code resp}. */
    void serialize(Request req, Response resp, HttpError error);
}
