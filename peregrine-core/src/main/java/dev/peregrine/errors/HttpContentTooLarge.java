package dev.peregrine.errors;

import java.time.Instant;

/**
 * 413 Content Too Large: the request body is larger than the server is willing to read.
 *
 * <p>When the limit is temporary, say when to retry; RFC 9110 §15.5.14 suggests {@code Retry-After}.
 */
public class HttpContentTooLarge extends HttpError {

    /** A 413 with the status line as title and no {@code Retry-After}. */
    public HttpContentTooLarge() {
        super(413);
    }

    /** A 413 with a title and a description of what was wrong, and no {@code Retry-After}. */
    public HttpContentTooLarge(String title, String description) {
        super(413, title, description);
    }

    /** A 413 with the status line as title and {@code Retry-After} as a delay in seconds. */
    public HttpContentTooLarge(int retryAfterSeconds) {
        this(retryAfterSeconds, null, null);
    }

    /** A 413 with the status line as title and {@code Retry-After} as an HTTP-date. */
    public HttpContentTooLarge(Instant retryAfter) {
        this(retryAfter, null, null);
    }

    /**
     * A 413 with a title, a description and {@code Retry-After} as a delay in seconds.
     *
     * @param retryAfterSeconds how long the client should wait, zero or more
     * @param title a short summary; {@code null} for the status line
     * @param description what was wrong; {@code null} for none
     * @throws IllegalArgumentException when the delay is negative
     */
    public HttpContentTooLarge(int retryAfterSeconds, String title, String description) {
        super(413, title, description, RetryAfter.header(retryAfterSeconds));
    }

    /**
     * A 413 with a title, a description and {@code Retry-After} as an HTTP-date.
     *
     * @param retryAfter when the client may try again
     * @param title a short summary; {@code null} for the status line
     * @param description what was wrong; {@code null} for none
     */
    public HttpContentTooLarge(Instant retryAfter, String title, String description) {
        super(413, title, description, RetryAfter.header(retryAfter));
    }
}
