package dev.peregrine.errors;

/** 451 Unavailable For Legal Reasons: access is refused because of a legal demand (RFC 7725). */
public class HttpUnavailableForLegalReasons extends HttpError {

    /** A 451 with the status line as title. */
    public HttpUnavailableForLegalReasons() {
        super(451);
    }

    /** A 451 with a title and a description of what was wrong. */
    public HttpUnavailableForLegalReasons(String title, String description) {
        super(451, title, description);
    }
}
