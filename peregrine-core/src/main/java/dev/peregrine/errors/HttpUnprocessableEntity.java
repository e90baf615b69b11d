package dev.peregrine.errors;

/**
 * 422 Unprocessable Content (Falcon's "Unprocessable Entity"): the body is well-formed for its
 * media type, but its content breaks the resource's rules.
 */
public class HttpUnprocessableEntity extends HttpError {

    /** A 422 with the status line as title. */
    public HttpUnprocessableEntity() {
        super(422);
    }

    /** A 422 with a title and a description of what was wrong. */
    public HttpUnprocessableEntity(String title, String description) {
        super(422, title, description);
    }
}
