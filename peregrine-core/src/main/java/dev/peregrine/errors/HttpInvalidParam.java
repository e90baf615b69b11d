package dev.peregrine.errors;

/**
 * 400 for a parameter, in the query string, a form or a submitted document, whose value cannot be
 * used; the description names the parameter:
 * {@snippet :
 * throw new HttpInvalidParam("The value must be a positive integer.", "limit");
 * // {"title": "Invalid parameter",
 * //  "description": "The \"limit\" parameter is invalid. The value must be a positive integer."}
 * }
 */
public class HttpInvalidParam extends HttpBadRequest {

    /**
     * A 400 naming the parameter and why its value is invalid.
     *
     * @param message why the value is invalid, as a sentence
     * @param paramName the parameter's name
     */
    public HttpInvalidParam(String message, String paramName) {
        super("Invalid parameter", "The \"" + paramName + "\" parameter is invalid. " + message);
    }
}
