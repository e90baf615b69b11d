package dev.peregrine.errors;

/** 423 Locked: the resource is locked against this change (WebDAV, RFC 4918). */
public class HttpLocked extends HttpError {

    /** A 423 with the status line as title. */
    public HttpLocked() {
        super(423);
    }

    /** A 423 with a title and a description of what was wrong. */
    public HttpLocked(String title, String description) {
        super(423, title, description);
    }
}
