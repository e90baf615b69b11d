package dev.peregrine;

/**
 * Handles one request for one HTTP method: reads {@code req}, writes {@code resp}, or throws an
 * {@link dev.peregrine.errors.HttpError}.
 *
 * <p>Resource classes usually declare responders as methods ({@code onGet}, {@code onPost}, ...),
 * which Peregrine binds to this interface once, when the route is added. Small endpoints can be
 * lambdas: {@snippet :
 * app.get("/health", (req, resp) -> resp.text("ok"));
 * }
 */
@FunctionalInterface
public interface Responder {

    /** Handles the request. Exceptions other than HTTP errors become a 500 and are logged. */
    void handle(Request req, Response resp) throws Exception;
}
