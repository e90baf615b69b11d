package dev.peregrine;

/**
 * Middleware that runs before routing, in the order middleware was added.
 * Setting {@link Response#complete(boolean)} skips the remaining request and resource steps
 * and the responder; response steps still run.
 */
@FunctionalInterface
public interface RequestMiddleware {

    /** Inspects or changes the request before it is routed. */
    void processRequest(Request req, Response resp) throws Exception;
}
