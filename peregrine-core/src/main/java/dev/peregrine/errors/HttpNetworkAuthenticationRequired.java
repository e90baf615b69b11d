package dev.peregrine.errors;

/**
 * 511 Network Authentication Required: the client must log in to the network first (captive
 * portals, RFC 6585).
 */
public class HttpNetworkAuthenticationRequired extends HttpError {

    /** A 511 with the status line as title. */
    public HttpNetworkAuthenticationRequired() {
        super(511);
    }

    /** A 511 with a title and a description of what was wrong. */
    public HttpNetworkAuthenticationRequired(String title, String description) {
        super(511, title, description);
    }
}
