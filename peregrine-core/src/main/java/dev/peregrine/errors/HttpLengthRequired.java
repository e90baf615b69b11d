package dev.peregrine.errors;

/**
 * 411 Length Required: the request has a body without {@code Content-Length} and this resource
 * needs one.
 */
public class HttpLengthRequired extends HttpError {

    /** A 411 with the status line as title. */
    public HttpLengthRequired() {
        super(411);
    }

    /** A 411 with a title and a description of what was wrong. */
    public HttpLengthRequired(String title, String description) {
        super(411, title, description);
    }
}
