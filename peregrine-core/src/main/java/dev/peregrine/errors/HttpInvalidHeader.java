package dev.peregrine.errors;

/**
 * 400 for a request header whose value cannot be used; the description names the header:
 * {@snippet :
 * throw new HttpInvalidHeader("Expected a number of seconds.", "Max-Forwards");
 * // {"title": "Invalid header value",
 * //  "description": "The value provided for the \"Max-Forwards\" header is invalid. Expected a number of seconds."}
 * }
 */
public class HttpInvalidHeader extends HttpBadRequest {

    /**
     * A 400 naming the header and why its value is invalid.
     *
     * @param message why the value is invalid, as a sentence
     * @param headerName the header's name
     */
    public HttpInvalidHeader(String message, String headerName) {
        super("Invalid header value", "The value provided for the \"" + headerName + "\" header is invalid. " + message);
    }
}
