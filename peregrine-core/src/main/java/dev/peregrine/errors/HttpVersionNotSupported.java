package dev.peregrine.errors;

/** 505 HTTP Version Not Supported: the server refuses the request's major HTTP version. */
public class HttpVersionNotSupported extends HttpError {

    /** A 505 with the status line as title. */
    public HttpVersionNotSupported() {
        super(505);
    }

    /** A 505 with a title and a description of what was wrong. */
    public HttpVersionNotSupported(String title, String description) {
        super(505, title, description);
    }
}
