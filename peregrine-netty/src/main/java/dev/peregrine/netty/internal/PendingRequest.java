package dev.peregrine.netty.internal;

import dev.peregrine.spi.RenderedResponse;
import io.netty.handler.codec.http.HttpVersion;

/**
 * One request of a connection, from its decoded head until its response is written: the
 * exchange handed to the app, its body as it arrives, and how the connection goes on after it.
 */
final class PendingRequest {

    final NettyExchange exchange;
    /** The body, or {@code null} when the request has none. */
    final RequestBodyStream body;
    /**
     * The version the response is written in: HTTP/1.0 to a 1.0 request, else HTTP/1.1, whatever
     * the request said (RFC 9110 §2.5: a server answers in the highest minor version it speaks).
     */
    final HttpVersion version;
    /** Whether the client asked to keep the connection open after this request. */
    final boolean keepAlive;
    /** Whether the body is declared larger than the connection buffers, so it streams to the responder from the start. */
    private final boolean streamsBody;
    /** A response decided before the app saw the request (a refusal), or computed inline and left to stream. */
    RenderedResponse response;
    /** Whether the connection closes once this request is answered. */
    boolean closeAfter;
    /**
     * Whether the connection, closing after this request's response, may close at once instead of
     * reading on for a moment: set with the response, see {@link ResponseSender}.
     */
    boolean closesCleanly;
    /** Whether the server answers this request itself, without the app: a refusal. */
    boolean refusal;
    /** The request's id, or {@code null} when request ids are off. */
    String requestId;
    /** The header the id is echoed in, when there is one. */
    String requestIdHeader;
    /** {@link System#nanoTime()} when the head was read; set only when the server has observers. */
    long startNanos;
    /** Bytes of response body sent, known once the response is written. */
    long responseBodyBytes;
    /** Whether this request counts against the server's bound on requests in flight. */
    private boolean admitted;
    /** Whether the request left the connection's queue to be answered. */
    private boolean dispatched;

    PendingRequest(NettyExchange exchange, RequestBodyStream body, boolean keepAlive, boolean streamsBody) {
        this.exchange = exchange;
        this.body = body;
        this.version = answerVersion(exchange.request().protocolVersion());
        this.keepAlive = keepAlive;
        this.streamsBody = streamsBody;
    }

    /** HTTP/1.0 for a 1.0 request, HTTP/1.1 for anything else. */
    static HttpVersion answerVersion(HttpVersion requested) {
        return requested.majorVersion() == 1 && requested.minorVersion() == 0 ? HttpVersion.HTTP_1_0 : HttpVersion.HTTP_1_1;
    }

    /**
     * Whether the app can run now: the request has no body, or all of it is here (or it failed),
     * or it streams (declared, or grown, larger than {@code bufferedBodyLimit}), or the client
     * holds it back until the app asks for it ({@code 100 Continue}).
     */
    boolean ready(int bufferedBodyLimit) {
        return response != null || body == null || streamsBody || body.settled() || body.awaitsContinue()
                || body.unread() > bufferedBodyLimit;
    }

    /** Whether the whole body (if any) has arrived, so the app can run without ever waiting for bytes. */
    boolean complete() {
        return body == null || body.settled();
    }

    /** The request leaves the queue to be answered. */
    void dispatched() {
        dispatched = true;
    }

    /** Whether the request left the queue to be answered. */
    boolean isDispatched() {
        return dispatched;
    }

    /**
     * Counts this request against the server's bound, unless it is full.
     *
     * @return whether it was admitted
     */
    boolean admit(ServerContext server) {
        if (!server.admit()) {
            return false;
        }
        admitted = true;
        if (body != null) {
            body.holdsSlotOf(server);
        }
        return true;
    }

    /** The request was answered: it stops counting as in flight. */
    void finish(ServerContext server) {
        if (admitted) {
            admitted = false;
            server.release();
        }
    }

    /** The request will not be answered (its connection closed): drop its body and stop counting it. */
    void abandon(ServerContext server) {
        if (body != null) {
            body.discard();
        }
        finish(server);
    }
}
