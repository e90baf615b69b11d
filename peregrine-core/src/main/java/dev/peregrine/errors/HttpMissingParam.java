package dev.peregrine.errors;

/**
 * 400 for a request that lacks a parameter (query string, form or submitted document) the
 * resource requires; the description names the parameter.
 */
public class HttpMissingParam extends HttpBadRequest {

    /** A 400 saying {@code The "<paramName>" parameter is required.} */
    public HttpMissingParam(String paramName) {
        super("Missing parameter", "The \"" + paramName + "\" parameter is required.");
    }
}
