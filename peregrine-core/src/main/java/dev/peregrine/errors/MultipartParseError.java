package dev.peregrine.errors;

/** 400 for a multipart/form-data body that cannot be parsed or breaks a configured limit. */
public class MultipartParseError extends HttpBadRequest {

    /** A multipart error whose description says what was wrong with the body. */
    public MultipartParseError(String description) {
        super("Malformed multipart/form-data request media", description);
    }
}
