package dev.peregrine.errors;

/**
 * 409 Conflict: the request conflicts with the resource's current state, such as an edit of a
 * stale version.
 */
public class HttpConflict extends HttpError {

    /** A 409 with the status line as title. */
    public HttpConflict() {
        super(409);
    }

    /** A 409 with a title and a description of what was wrong. */
    public HttpConflict(String title, String description) {
        super(409, title, description);
    }
}
