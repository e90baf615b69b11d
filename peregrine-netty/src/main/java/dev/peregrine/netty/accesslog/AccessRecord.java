package dev.peregrine.netty.accesslog;

/**
 * What one access log line says, taken from a completed exchange on the thread that completed
 * it (its headers are only safe to read then) and formatted later, on whichever thread writes.
 * Strings from the request are as the server read them: one character per byte.
 *
 * @param epochMillis when the response's last byte was handed to the connection, by the log's clock
 * @param method the request method
 * @param target the request target as received
 * @param protocol {@code HTTP/1.0} or {@code HTTP/1.1}
 * @param route the answering route's template, or {@code null}
 * @param status the response status
 * @param responseBodyBytes bytes of response body sent
 * @param durationNanos from the request's head read to the response's last byte handed over
 * @param remote the client's address, after trusted proxies
 * @param userAgent the User-Agent header, or {@code null} (also when the format prints none)
 * @param referer the Referer header, or {@code null} (also when the format prints none)
 * @param requestId the request's id, or {@code null} when request ids are off
 */
record AccessRecord(
        long epochMillis,
        String method,
        String target,
        String protocol,
        String route,
        int status,
        long responseBodyBytes,
        long durationNanos,
        String remote,
        String userAgent,
        String referer,
        String requestId) {
}
