package dev.peregrine.errors;

/** 412 Precondition Failed: a conditional header such as {@code If-Match} did not hold. */
public class HttpPreconditionFailed extends HttpError {

    /** A 412 with the status line as title. */
    public HttpPreconditionFailed() {
        super(412);
    }

    /** A 412 with a title and a description of what was wrong. */
    public HttpPreconditionFailed(String title, String description) {
        super(412, title, description);
    }
}
