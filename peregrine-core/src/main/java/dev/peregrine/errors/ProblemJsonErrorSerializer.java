package dev.peregrine.errors;

import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.internal.errors.ProblemDetails;
import dev.peregrine.media.MediaHandler;
import dev.peregrine.media.MediaHandlers;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders errors as RFC 9457 problem details, {@code application/problem+json}:
 * {@code {"type": "about:blank", "title": "Not Found", "status": 404, "detail": ...}}.
 *
 * {@snippet :
 * app.setErrorSerializer(new ProblemJsonErrorSerializer(app.mediaHandlers()));
 * }
 */
public final class ProblemJsonErrorSerializer implements ErrorSerializer {

    private final MediaHandlers handlers;

    /** A serializer that writes JSON with the app's JSON handler. */
    public ProblemJsonErrorSerializer(MediaHandlers handlers) {
        this.handlers = handlers;
    }

    @Override
    public void serialize(Request req, Response resp, HttpError error) {
        MediaHandler json = handlers.get("application/json");
        try {
            resp.data(json.serialize(ProblemDetails.toMap(error), "application/problem+json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        resp.contentType("application/problem+json");
    }
}
