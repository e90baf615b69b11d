package dev.peregrine.errors;

/**
 * 400 for request media that parsed but breaks the resource's schema or rules; the description
 * should name the offending member.
 * {@snippet :
 * throw new MediaValidationError("'name' is a required property");
 * // {"title": "Request data failed validation", "description": "'name' is a required property"}
 * }
 */
public class MediaValidationError extends HttpBadRequest {

    /** The title Falcon's request validator gives these errors. */
    public static final String DEFAULT_TITLE = "Request data failed validation";

    /** A 400 titled {@value #DEFAULT_TITLE}, without a description. */
    public MediaValidationError() {
        this(null);
    }

    /** A 400 titled {@value #DEFAULT_TITLE} with a description of what failed. */
    public MediaValidationError(String description) {
        super(DEFAULT_TITLE, description);
    }

    /** A 400 with a title of your own and a description of what failed. */
    public MediaValidationError(String title, String description) {
        super(title, description);
    }
}
