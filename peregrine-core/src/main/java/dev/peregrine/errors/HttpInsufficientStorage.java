package dev.peregrine.errors;

/**
 * 507 Insufficient Storage: the server cannot store what it needs to complete the request
 * (WebDAV).
 */
public class HttpInsufficientStorage extends HttpError {

    /** A 507 with the status line as title. */
    public HttpInsufficientStorage() {
        super(507);
    }

    /** A 507 with a title and a description of what was wrong. */
    public HttpInsufficientStorage(String title, String description) {
        super(507, title, description);
    }
}
