package dev.peregrine;

/**
 * Handles every request whose path matches a prefix pattern and no route, whatever its method.
 * Named groups of the pattern become path fields.
 *
 * {@snippet :
 * app.addSink((req, resp) -> proxy(req, resp), "/legacy/(?<rest>.*)");
 * }
 */
@FunctionalInterface
public interface Sink {

    /** Handles a request routed to this sink. */
    void handle(Request req, Response resp) throws Exception;
}
