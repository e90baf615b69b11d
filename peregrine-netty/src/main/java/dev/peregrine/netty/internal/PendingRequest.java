package dev.peregrine.netty.internal;

import dev.peregrine.Response;
import io.netty.handler.codec.http.HttpVersion;

/**
 * One request of a connection, from its decoded head until its response is written: the
 * exchange handed to the app, its body as it arrives, and how the connection goes on after it.
 */
final class PendingRequest {

    final NettyExchange exchange;
    /** The body, or {@code null} when the request has none. */
    final RequestBodyStream body;
    final HttpVersion version;
    /** Whether this request counts against the server's bound on requests in flight. */
    final boolean admitted;
    /** Whether the client asked to keep the connection open after this request. */
    final boolean keepAlive;
    /** A response decided before the app saw the request (a refusal), or computed inline and left to stream. */
    Response response;
    /** Whether the connection closes once this request is answered. */
    boolean closeAfter;

    PendingRequest(NettyExchange exchange, RequestBodyStream body, boolean keepAlive, boolean admitted) {
        this.exchange = exchange;
        this.body = body;
        this.version = exchange.request().protocolVersion();
        this.keepAlive = keepAlive;
        this.admitted = admitted;
    }

    /** Whether the app can run now without waiting for bytes: no body, or all of it here (or failed). */
    boolean readyWithoutWaiting() {
        return body == null || body.settled();
    }

    /** The request was answered: it stops counting as in flight. */
    void finish(ServerContext server) {
        if (admitted) {
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
