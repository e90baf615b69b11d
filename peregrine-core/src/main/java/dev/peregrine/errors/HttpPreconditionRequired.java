package dev.peregrine.errors;

/**
 * 428 Precondition Required: the resource only accepts conditional requests, to prevent lost
 * updates (RFC 6585).
 */
public class HttpPreconditionRequired extends HttpError {

    /** A 428 with the status line as title. */
    public HttpPreconditionRequired() {
        super(428);
    }

    /** A 428 with a title and a description of what was wrong. */
    public HttpPreconditionRequired(String title, String description) {
        super(428, title, description);
    }
}
