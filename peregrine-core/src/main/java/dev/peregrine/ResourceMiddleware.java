package dev.peregrine;

/**
 * Middleware that runs after routing and before the responder, in the order middleware was
 * added, only when a route or sink matched. It also runs before a 405 answer.
 */
@FunctionalInterface
public interface ResourceMiddleware {

    /**
     * Inspects the matched resource; may change {@code fields}, which the responder then sees.
     *
     * @param resource the routed resource object, or the sink
     */
    void processResource(Request req, Response resp, Object resource, PathFields fields) throws Exception;
}
