package dev.peregrine.netty.internal;

import dev.peregrine.errors.HttpError;
import dev.peregrine.netty.ServerSettings;
import dev.peregrine.spi.ClientDisconnectedException;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Turns a connection's decoded messages into requests to answer: checks each head, refuses what
 * the app must not see, and receives bodies within their size limit and timeouts. Event loop only.
 */
final class RequestIntake {

    /** Where the intake puts requests: the connection's queue of requests to answer in turn. */
    interface Queue {
        /** Adds a request to answer after those before it. */
        void add(PendingRequest request);

        /** The connection takes no more requests: it closes once it has answered those it has. */
        void stopTaking();
    }

    private final ServerContext server;
    private final ServerSettings settings;
    private final ConnectionTimeouts timeouts;
    private final RequestBodyStream.Flow flow;
    private final Queue queue;
    private String remoteAddress;
    /** The request whose body is arriving, or {@code null}. */
    private PendingRequest receiving;

    RequestIntake(ServerContext server, ConnectionTimeouts timeouts, RequestBodyStream.Flow flow, Queue queue) {
        this.server = server;
        this.settings = server.settings;
        this.timeouts = timeouts;
        this.flow = flow;
        this.queue = queue;
    }

    /** The client's address, once the connection is open. */
    void remoteAddress(String address) {
        this.remoteAddress = address;
    }

    /** Whether a request's body is still arriving, so no other request can follow yet. */
    boolean receivingBody() {
        return receiving != null;
    }

    /** A request head; {@code stopping} when the server is stopping, so it is answered 503. */
    void head(HttpRequest request, boolean stopping) {
        timeouts.serving();
        String requestId = settings.requestIdHeader() == null ? null : RequestIds.take(request, settings.requestIdHeader());
        String target = RequestChecks.originForm(request);
        HttpError refusal = RequestChecks.refusal(request, target, settings);
        if (refusal == null && server.health != null && server.health.isProbe(target)) {
            answerProbe(request, target, requestId, stopping);
            return;
        }
        if (refusal == null && stopping) {
            refusal = RequestChecks.stopping();
        }
        if (refusal != null) {
            PendingRequest refused = refuse(request, target, refusal);
            refused.requestId = requestId;
            refused.requestIdHeader = settings.requestIdHeader();
            return;
        }
        long length = HttpUtil.getContentLength(request, -1L);
        boolean hasBody = length > 0 || HttpUtil.isTransferEncodingChunked(request);
        RequestBodyStream body = hasBody
                ? new RequestBodyStream(flow, RequestChecks.expectsContinue(request), settings.bufferedBodyLimit()) : null;
        PendingRequest pending = new PendingRequest(new NettyExchange(request, target, remoteAddress, server.scheme, body), body,
                HttpUtil.isKeepAlive(request), length > settings.bufferedBodyLimit());
        pending.requestId = requestId;
        pending.requestIdHeader = settings.requestIdHeader();
        if (server.observer != null) {
            pending.startNanos = System.nanoTime();
        }
        if (body != null) {
            receiving = pending;
            timeouts.bodyStarted(body.awaitsContinue());
        }
        queue.add(pending);
    }

    /**
     * Answers a health probe on the event loop, in its turn, without the app: it neither counts
     * against the bound on requests in flight nor waits for a worker. A probe with a body (there
     * is no reason for one) closes the connection instead of reading it; so does one arriving
     * while the server drains.
     */
    private void answerProbe(HttpRequest request, String target, String requestId, boolean stopping) {
        NettyExchange exchange = new NettyExchange(request, target, remoteAddress, server.scheme, null);
        PendingRequest probe = new PendingRequest(exchange, null, HttpUtil.isKeepAlive(request), false);
        probe.response = server.health.answer(exchange, server.ready());
        probe.requestId = requestId;
        probe.requestIdHeader = settings.requestIdHeader();
        if (server.observer != null) {
            probe.startNanos = System.nanoTime();
        }
        boolean hasBody = HttpUtil.getContentLength(request, 0L) > 0 || HttpUtil.isTransferEncodingChunked(request);
        if (stopping || hasBody) {
            probe.closeAfter = true;
            queue.stopTaking();
        }
        queue.add(probe);
    }

    /** A piece of the body being received (or of a malformed one). */
    void content(HttpContent content) {
        PendingRequest request = receiving;
        if (content.decoderResult().isFailure()) {
            HttpError error = RequestChecks.malformedBody(content.decoderResult().cause());
            content.release();
            if (request != null) {
                failBody(error);
            } else {
                refuseUnparsed(error);
            }
            return;
        }
        if (request == null) {
            content.release();
            return;
        }
        RequestBodyStream body = request.body;
        int size = content.content().readableBytes();
        if (body.received() + size > settings.maxBodySize()) {
            content.release();
            failBody(RequestChecks.tooLarge(settings));
            return;
        }
        body.append(content.content());
        timeouts.bodyProgress(size);
        if (content instanceof LastHttpContent) {
            body.end();
            receiving = null;
            timeouts.bodyEnded();
        }
    }

    /**
     * Ends the body being received, which will not arrive whole: a request still waiting in the
     * queue is answered with {@code error} without running the app (it never arrived whole); one a
     * responder is already reading fails its next read with it. Either way the connection closes
     * after answering.
     */
    void failBody(HttpError error) {
        PendingRequest request = receiving;
        if (request == null) {
            return;
        }
        receiving = null;
        timeouts.bodyEnded();
        request.closeAfter = true;
        if (request.isDispatched()) {
            request.body.fail(error);
        } else {
            request.body.discard();
            request.response = server.app.renderError(request.exchange, error);
            request.refusal = true;
        }
        queue.stopTaking();
    }

    /** Answers, with {@code error}, input that is not a request the app could see (a head that never ended, say). */
    void refuseUnparsed(HttpError error) {
        PendingRequest refusal = refuse(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/"), "/", error);
        if (settings.requestIdHeader() != null) {
            refusal.requestId = RequestIds.generate();
            refusal.requestIdHeader = settings.requestIdHeader();
        }
    }

    /** The client went away: a body still arriving fails its reader's next read. */
    void disconnected() {
        if (receiving != null) {
            receiving.body.fail(new ClientDisconnectedException("The client closed the connection before sending the whole body"));
            receiving = null;
        }
    }

    /** The connection closes: a body still arriving is dropped. */
    void discardBody() {
        if (receiving != null) {
            receiving.body.discard();
            receiving = null;
            timeouts.bodyEnded();
        }
    }

    /** Answers a request the app will not see, in its turn, and takes no more requests; the refusal queued. */
    private PendingRequest refuse(HttpRequest request, String target, HttpError error) {
        NettyExchange exchange = new NettyExchange(request, target == null ? "/" : target, remoteAddress, server.scheme, null);
        PendingRequest refusal = new PendingRequest(exchange, null, false, false);
        refusal.response = server.app.renderError(exchange, error);
        refusal.closeAfter = true;
        refusal.refusal = true;
        if (server.observer != null) {
            refusal.startNanos = System.nanoTime();
        }
        queue.stopTaking();
        queue.add(refusal);
        return refusal;
    }
}
