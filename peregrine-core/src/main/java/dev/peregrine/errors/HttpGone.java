package dev.peregrine.errors;

/** 410 Gone: the resource existed but was removed on purpose and will not come back. */
public class HttpGone extends HttpError {

    /** A 410 with the status line as title. */
    public HttpGone() {
        super(410);
    }

    /** A 410 with a title and a description of what was wrong. */
    public HttpGone(String title, String description) {
        super(410, title, description);
    }
}
