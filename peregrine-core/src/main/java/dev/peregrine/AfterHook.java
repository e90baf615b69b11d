package dev.peregrine;

/**
 * Runs after a responder returns normally (Falcon's {@code @falcon.after}); attached with
 * {@link Hooks}. It does not run when the responder or a before hook throws.
 */
@FunctionalInterface
public interface AfterHook {

    /** Runs after the responder. */
    void after(Request req, Response resp, Object resource) throws Exception;
}
