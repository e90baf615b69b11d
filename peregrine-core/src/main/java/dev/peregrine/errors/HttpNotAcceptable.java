package dev.peregrine.errors;

/**
 * 406 Not Acceptable: the resource has no representation that matches the request's {@code Accept}
 * headers.
 */
public class HttpNotAcceptable extends HttpError {

    /** A 406 with the status line as title. */
    public HttpNotAcceptable() {
        super(406);
    }

    /** A 406 with a title and a description of what was wrong. */
    public HttpNotAcceptable(String title, String description) {
        super(406, title, description);
    }
}
