package dev.peregrine.errors;

import java.util.List;

/**
 * 405 Method Not Allowed: the resource exists but does not answer this method.
 *
 * <p>RFC 9110 §15.5.6 requires an {@code Allow} header with the methods it does answer, so the
 * list is required; the methods are joined with {@code ", "}, for example
 * {@code Allow: GET, HEAD, OPTIONS}. An empty list sends an empty {@code Allow}: nothing is allowed.
 */
public class HttpMethodNotAllowed extends HttpError {

    /** The name of the header the methods go to. */
    public static final String ALLOW = "Allow";

    /** A 405 with the status line as title and {@code Allow} listing the methods. */
    public HttpMethodNotAllowed(List<String> allowedMethods) {
        this(allowedMethods, null, null);
    }

    /**
     * A 405 with a title, a description and the methods the resource answers.
     *
     * @param allowedMethods such as {@code GET} and {@code POST}, in the order to list them
     * @param title a short summary; {@code null} for the status line
     * @param description what was wrong; {@code null} for none
     */
    public HttpMethodNotAllowed(List<String> allowedMethods, String title, String description) {
        super(405, title, description, new String[] {ALLOW, String.join(", ", allowedMethods)});
    }
}
