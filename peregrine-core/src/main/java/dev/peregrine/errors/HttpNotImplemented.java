package dev.peregrine.errors;

/** 501 Not Implemented: the server lacks what the request needs, such as support for its method. */
public class HttpNotImplemented extends HttpError {

    /** A 501 with the status line as title. */
    public HttpNotImplemented() {
        super(501);
    }

    /** A 501 with a title and a description of what was wrong. */
    public HttpNotImplemented(String title, String description) {
        super(501, title, description);
    }
}
