package dev.peregrine.errors;

/** 400 Bad Request: the request is malformed; the description should say how. */
public class HttpBadRequest extends HttpError {

    /** A 400 with the status line as title. */
    public HttpBadRequest() {
        super(400);
    }

    /** A 400 with a title and a description of what was wrong. */
    public HttpBadRequest(String title, String description) {
        super(400, title, description);
    }
}
