package dev.peregrine.errors;

/** 414 URI Too Long: the request-target is longer than the server is willing to read. */
public class HttpUriTooLong extends HttpError {

    /** A 414 with the status line as title. */
    public HttpUriTooLong() {
        super(414);
    }

    /** A 414 with a title and a description of what was wrong. */
    public HttpUriTooLong(String title, String description) {
        super(414, title, description);
    }
}
