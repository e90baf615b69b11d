package dev.peregrine.errors;

/**
 * 500 Internal Server Error: an unexpected condition on the server; uncaught exceptions become
 * this.
 */
public class HttpInternalServerError extends HttpError {

    /** A 500 with the status line as title. */
    public HttpInternalServerError() {
        super(500);
    }

    /** A 500 with a title and a description of what was wrong. */
    public HttpInternalServerError(String title, String description) {
        super(500, title, description);
    }
}
