package dev.peregrine;

/**
 * Middleware that runs after the responder (or the error handler), in the reverse of the order
 * middleware was added, for every request, including those that matched no route.
 */
@FunctionalInterface
public interface ResponseMiddleware {

    /**
     * Post-processes the response.
     *
     * @param resource the routed resource, or {@code null} when nothing matched
     * @param requestSucceeded {@code false} when any earlier step raised an exception
     */
    void processResponse(Request req, Response resp, Object resource, boolean requestSucceeded) throws Exception;
}
