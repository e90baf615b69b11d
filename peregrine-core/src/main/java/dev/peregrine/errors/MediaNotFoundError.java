package dev.peregrine.errors;

/**
 * 400 raised by a media handler for an empty body that its media type cannot represent, such as
 * an empty JSON document. Handlers whose type allows an empty body (forms) do not raise it.
 * {@snippet :
 * throw new MediaNotFoundError("JSON");
 * // {"title": "Invalid JSON", "description": "Could not parse an empty JSON body"}
 * }
 */
public class MediaNotFoundError extends HttpBadRequest {

    /**
     * A 400 for an empty body of the named media type.
     *
     * @param mediaTypeName the short name used in messages, such as {@code JSON} or {@code MessagePack}
     */
    public MediaNotFoundError(String mediaTypeName) {
        super("Invalid " + mediaTypeName, "Could not parse an empty " + mediaTypeName + " body");
    }
}
