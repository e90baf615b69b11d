package dev.peregrine.errors;

/**
 * 431 Request Header Fields Too Large: one header, or all of them together, is too large (RFC
 * 6585).
 */
public class HttpRequestHeaderFieldsTooLarge extends HttpError {

    /** A 431 with the status line as title. */
    public HttpRequestHeaderFieldsTooLarge() {
        super(431);
    }

    /** A 431 with a title and a description of what was wrong. */
    public HttpRequestHeaderFieldsTooLarge(String title, String description) {
        super(431, title, description);
    }
}
