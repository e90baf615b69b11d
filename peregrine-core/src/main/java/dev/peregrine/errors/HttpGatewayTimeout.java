package dev.peregrine.errors;

/**
 * 504 Gateway Timeout: acting as a gateway or proxy, the server got no answer from upstream in
 * time.
 */
public class HttpGatewayTimeout extends HttpError {

    /** A 504 with the status line as title. */
    public HttpGatewayTimeout() {
        super(504);
    }

    /** A 504 with a title and a description of what was wrong. */
    public HttpGatewayTimeout(String title, String description) {
        super(504, title, description);
    }
}
