package dev.peregrine.errors;

/** 415 Unsupported Media Type: the request body's Content-Type is not one the resource can read. */
public class HttpUnsupportedMediaType extends HttpError {

    /** A 415 with the status line as title. */
    public HttpUnsupportedMediaType() {
        super(415);
    }

    /** A 415 with a title and a description of what was wrong. */
    public HttpUnsupportedMediaType(String title, String description) {
        super(415, title, description);
    }

    /**
     * The 415 for a request whose media type has no handler, with Falcon's description:
     * {@code forMediaType("text/csv")} says {@code "text/csv is an unsupported media type."}.
     */
    public static HttpUnsupportedMediaType forMediaType(String mediaType) {
        return new HttpUnsupportedMediaType(null, mediaType + " is an unsupported media type.");
    }
}
