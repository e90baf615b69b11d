package dev.peregrine.errors;

/** 508 Loop Detected: the server met an infinite loop while processing the request (RFC 5842). */
public class HttpLoopDetected extends HttpError {

    /** A 508 with the status line as title. */
    public HttpLoopDetected() {
        super(508);
    }

    /** A 508 with a title and a description of what was wrong. */
    public HttpLoopDetected(String title, String description) {
        super(508, title, description);
    }
}
