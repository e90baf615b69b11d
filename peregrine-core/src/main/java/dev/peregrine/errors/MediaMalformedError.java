package dev.peregrine.errors;

/**
 * 400 raised by a media handler for a body it cannot parse; the description carries the parser's
 * reason when there is one.
 * {@snippet :
 * throw new MediaMalformedError("JSON", "Unexpected end of input at line 1, column 2");
 * // {"title": "Invalid JSON",
 * //  "description": "Could not parse JSON body - Unexpected end of input at line 1, column 2"}
 * }
 */
public class MediaMalformedError extends HttpBadRequest {

    /**
     * A 400 for a malformed body of the named media type, without a reason.
     *
     * @param mediaTypeName the short name used in messages, such as {@code JSON} or {@code URL-encoded}
     */
    public MediaMalformedError(String mediaTypeName) {
        this(mediaTypeName, null);
    }

    /**
     * A 400 for a malformed body of the named media type and why it could not be parsed.
     *
     * @param mediaTypeName the short name used in messages, such as {@code JSON} or {@code URL-encoded}
     * @param reason the parser's explanation; {@code null} for none
     */
    public MediaMalformedError(String mediaTypeName, String reason) {
        super("Invalid " + mediaTypeName, reason == null
                ? "Could not parse " + mediaTypeName + " body"
                : "Could not parse " + mediaTypeName + " body - " + reason);
    }
}
