package dev.peregrine;

/**
 * Runs before a responder (Falcon's {@code @falcon.before}); attached with {@link Hooks}.
 * It may change {@code fields}, or throw an {@link dev.peregrine.errors.HttpError} to refuse
 * the request, in which case the responder does not run.
 */
@FunctionalInterface
public interface BeforeHook {

    /** Runs before the responder. */
    void before(Request req, Response resp, Object resource, PathFields fields) throws Exception;
}
