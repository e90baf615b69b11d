package dev.peregrine.errors;

/**
 * 416 Range Not Satisfiable: none of the requested byte ranges overlaps the resource.
 *
 * <p>The resource's length goes to <code>Content-Range: bytes *&#47;length</code>, as RFC 9110
 * §15.5.17 asks, so the client can retry with a range that fits.
 */
public class HttpRangeNotSatisfiable extends HttpError {

    /** The name of the header the resource's length goes to. */
    public static final String CONTENT_RANGE = "Content-Range";

    /** A 416 with the status line as title and {@code Content-Range} giving the length. */
    public HttpRangeNotSatisfiable(long resourceLength) {
        this(resourceLength, null, null);
    }

    /**
     * A 416 with a title, a description and the resource's length.
     *
     * @param resourceLength the resource's length in bytes
     * @param title a short summary; {@code null} for the status line
     * @param description what was wrong; {@code null} for none
     * @throws IllegalArgumentException when the length is negative
     */
    public HttpRangeNotSatisfiable(long resourceLength, String title, String description) {
        super(416, title, description, new String[] {CONTENT_RANGE, unsatisfiedRange(resourceLength)});
    }

    private static String unsatisfiedRange(long resourceLength) {
        if (resourceLength < 0) {
            throw new IllegalArgumentException("A resource length cannot be negative, got " + resourceLength);
        }
        return "bytes */" + resourceLength;
    }
}
