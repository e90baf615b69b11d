package dev.peregrine.errors;

import java.time.Instant;

/**
 * 503 Service Unavailable: the server cannot answer now, for overload or maintenance, but will
 * later.
 *
 * <p>Say when the client may try again with a {@code Retry-After} delay or date.
 */
public class HttpServiceUnavailable extends HttpError {

    /** A 503 with the status line as title and no {@code Retry-After}. */
    public HttpServiceUnavailable() {
        super(503);
    }

    /** A 503 with a title and a description of what was wrong, and no {@code Retry-After}. */
    public HttpServiceUnavailable(String title, String description) {
        super(503, title, description);
    }

    /** A 503 with the status line as title and {@code Retry-After} as a delay in seconds. */
    public HttpServiceUnavailable(int retryAfterSeconds) {
        this(retryAfterSeconds, null, null);
    }

    /** A 503 with the status line as title and {@code Retry-After} as an HTTP-date. */
    public HttpServiceUnavailable(Instant retryAfter) {
        this(retryAfter, null, null);
    }

    /**
     * A 503 with a title, a description and {@code Retry-After} as a delay in seconds.
     *
     * @param retryAfterSeconds how long the client should wait, zero or more
     * @param title a short summary; {@code null} for the status line
     * @param description what was wrong; {@code null} for none
     * @throws IllegalArgumentException when the delay is negative
     */
    public HttpServiceUnavailable(int retryAfterSeconds, String title, String description) {
        super(503, title, description, RetryAfter.header(retryAfterSeconds));
    }

    /**
     * A 503 with a title, a description and {@code Retry-After} as an HTTP-date.
     *
     * @param retryAfter when the client may try again
     * @param title a short summary; {@code null} for the status line
     * @param description what was wrong; {@code null} for none
     */
    public HttpServiceUnavailable(Instant retryAfter, String title, String description) {
        super(503, title, description, RetryAfter.header(retryAfter));
    }
}
