package dev.peregrine.netty;

import dev.peregrine.spi.HttpExchange;

/**
 * One answered request, as a {@link ServerObserver} hears of it.
 *
 * @param request the request as the app saw it (method, target, headers, peer address); its body
 *     is consumed by then, and its headers are only safe to read during the call
 * @param route the template of the route that answered, for example {@code /things/{id}}; the
 *     probe's path for a health check the server answered itself
 *     ({@link ServerBuilder#healthChecks(String, String)}); or {@code null} when no route did (no
 *     match, a sink, or the server's own refusal)
 * @param status the response's status code
 * @param refusal whether the server answered without the app: a request over a limit (408, 413,
 *     414, 431), too many in flight or the server stopping (503), or malformed (400)
 * @param requestId the request's id ({@link ServerBuilder#requestIds(String)}), or {@code null}
 *     when request ids are off
 * @param requestBodyBytes bytes of request body the server received
 * @param responseBodyBytes bytes of response body sent (0 for HEAD and bodiless statuses)
 * @param startNanos {@link System#nanoTime()} when the request's head had been read
 * @param durationNanos from {@code startNanos} until the response's last byte was handed to the
 *     connection
 */
public record CompletedExchange(
        HttpExchange request,
        String route,
        int status,
        boolean refusal,
        String requestId,
        long requestBodyBytes,
        long responseBodyBytes,
        long startNanos,
        long durationNanos) {
}
