package dev.peregrine.errors;

/**
 * 403 Forbidden: the client is known but not allowed to do this; unlike 401, other credentials
 * will not help.
 */
public class HttpForbidden extends HttpError {

    /** A 403 with the status line as title. */
    public HttpForbidden() {
        super(403);
    }

    /** A 403 with a title and a description of what was wrong. */
    public HttpForbidden(String title, String description) {
        super(403, title, description);
    }
}
