package dev.peregrine.errors;

import java.time.Instant;

/**
 * 429 Too Many Requests: the client sent too many requests in a given time (rate limiting,
 * RFC 6585).
 *
 * <p>Say when the client may try again with a {@code Retry-After} delay or date.
 */
public class HttpTooManyRequests extends HttpError {

    /** A 429 with the status line as title and no {@code Retry-After}. */
    public HttpTooManyRequests() {
        super(429);
    }

    /** A 429 with a title and a description of what was wrong, and no {@code Retry-After}. */
    public HttpTooManyRequests(String title, String description) {
        super(429, title, description);
    }

    /** A 429 with the status line as title and {@code Retry-After} as a delay in seconds. */
    public HttpTooManyRequests(int retryAfterSeconds) {
        this(retryAfterSeconds, null, null);
    }

    /** A 429 with the status line as title and {@code Retry-After} as an HTTP-date. */
    public HttpTooManyRequests(Instant retryAfter) {
        this(retryAfter, null, null);
    }

    /**
     * A 429 with a title, a description and {@code Retry-After} as a delay in seconds.
     *
     * @param retryAfterSeconds how long the client should wait, zero or more
     * @param title a short summary; {@code null} for the status line
     * @param description what was wrong; {@code null} for none
     * @throws IllegalArgumentException when the delay is negative
     */
    public HttpTooManyRequests(int retryAfterSeconds, String title, String description) {
        super(429, title, description, RetryAfter.header(retryAfterSeconds));
    }

    /**
     * A 429 with a title, a description and {@code Retry-After} as an HTTP-date.
     *
     * @param retryAfter when the client may try again
     * @param title a short summary; {@code null} for the status line
     * @param description what was wrong; {@code null} for none
     */
    public HttpTooManyRequests(Instant retryAfter, String title, String description) {
        super(429, title, description, RetryAfter.header(retryAfter));
    }
}
