package dev.peregrine.errors;

/**
 * 424 Failed Dependency: the action failed because an action it depended on failed (WebDAV, RFC
 * 4918).
 */
public class HttpFailedDependency extends HttpError {

    /** A 424 with the status line as title. */
    public HttpFailedDependency() {
        super(424);
    }

    /** A 424 with a title and a description of what was wrong. */
    public HttpFailedDependency(String title, String description) {
        super(424, title, description);
    }
}
