package dev.peregrine.errors;

/**
 * 502 Bad Gateway: acting as a gateway or proxy, the server got an invalid answer from upstream.
 */
public class HttpBadGateway extends HttpError {

    /** A 502 with the status line as title. */
    public HttpBadGateway() {
        super(502);
    }

    /** A 502 with a title and a description of what was wrong. */
    public HttpBadGateway(String title, String description) {
        super(502, title, description);
    }
}
