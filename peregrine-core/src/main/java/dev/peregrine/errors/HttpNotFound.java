package dev.peregrine.errors;

/**
 * 404 Not Found: nothing lives at the request URI, or the server prefers not to say that something
 * does.
 */
public class HttpNotFound extends HttpError {

    /** A 404 with the status line as title. */
    public HttpNotFound() {
        super(404);
    }

    /** A 404 with a title and a description of what was wrong. */
    public HttpNotFound(String title, String description) {
        super(404, title, description);
    }
}
