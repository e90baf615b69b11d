package dev.peregrine.netty.internal;

import dev.peregrine.Response;
import dev.peregrine.errors.HttpError;
import dev.peregrine.netty.Dispatch;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.io.EOFException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One HTTP/1.1 connection: turns decoded requests into exchanges, queues them, and serves them in
 * the order received, on the event loop or on a worker as the dispatch mode says.
 *
 * <p>All fields are the event loop's, except what workers reach through the {@link Outbox} and
 * the body streams. A connection hands its ready requests to a worker as one batch and takes the
 * next batch when that worker reports back through the outbox, so at most one worker serves a
 * connection at a time and responses leave in request order.
 */
final class HttpConnection extends ChannelInboundHandlerAdapter
        implements RequestBodyStream.Flow, ConnectionTimeouts.Expiry {

    private static final Logger LOG = LoggerFactory.getLogger(HttpConnection.class);
    /** Queued requests beyond which the connection stops reading until a batch is taken. */
    private static final int PIPELINE_LIMIT = 32;

    private final ServerContext server;
    private final ConnectionTimeouts timeouts;
    private final boolean inline;
    private final ArrayDeque<PendingRequest> queue = new ArrayDeque<>();
    private ChannelHandlerContext ctx;
    private Outbox outbox;
    private ReadSwitch reads;
    private Executor workers;
    private String remoteAddress;
    private PendingRequest receiving;
    private boolean acceptingRequests = true;
    private boolean workerBusy;
    /** Whether a request was taken since the connection last became idle. */
    private boolean servedSinceIdle;
    private boolean flushPending;
    private boolean closed;
    private volatile boolean draining;

    HttpConnection(ServerContext server, ConnectionTimeouts timeouts) {
        this.server = server;
        this.timeouts = timeouts;
        this.inline = server.settings.dispatch() == Dispatch.INLINE;
        timeouts.expiry(this);
    }

    // ---- Netty events --------------------------------------------------------------------------

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.outbox = new Outbox(ctx);
        this.reads = new ReadSwitch(ctx);
        this.workers = server.workers(ctx.executor());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        SocketAddress peer = ctx.channel().remoteAddress();
        remoteAddress = peer instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(peer);
        if (!server.opened(this)) {
            ctx.close();
            return;
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!acceptingRequests) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            onHead(request);
            if (msg instanceof HttpContent whole) {
                whole.release();
            }
        } else if (msg instanceof HttpContent content) {
            onContent(content);
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        proceed(true);
        flushIfPending();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        outbox.writabilityChanged();
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        closed = true;
        acceptingRequests = false;
        outbox.close();
        if (receiving != null) {
            receiving.body.fail(new EOFException("The client closed the connection before sending the whole body"));
            receiving = null;
        }
        abandonQueue();
        server.closed(this);
        super.channelInactive(ctx);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Connection from {} failed: {}", remoteAddress, cause.toString());
        ctx.close();
    }

    // ---- Requests ------------------------------------------------------------------------------

    private void onHead(HttpRequest request) {
        timeouts.serving();
        servedSinceIdle = true;
        String target = RequestChecks.originForm(request);
        HttpError refusal = RequestChecks.refusal(request, target, server.settings);
        if (refusal != null) {
            refuse(request, target, refusal, true);
            return;
        }
        boolean hasBody = HttpUtil.getContentLength(request, -1L) > 0 || HttpUtil.isTransferEncodingChunked(request);
        boolean admitted = !inline;
        if (admitted && !server.admit()) {
            // NOTE: with a body on the way the connection cannot skip to the next request cheaply.
            refuse(request, target, RequestChecks.busy(server.settings), hasBody);
            return;
        }
        RequestBodyStream body = hasBody ? new RequestBodyStream(this, RequestChecks.expectsContinue(request)) : null;
        PendingRequest pending = new PendingRequest(new NettyExchange(request, target, remoteAddress, body), body,
                HttpUtil.isKeepAlive(request), admitted);
        receiving = body == null ? null : pending;
        enqueue(pending);
    }

    private void onContent(HttpContent content) {
        PendingRequest request = receiving;
        if (content.decoderResult().isFailure()) {
            HttpError error = RequestChecks.malformedBody(content.decoderResult().cause());
            content.release();
            if (request != null) {
                request.closeAfter = true;
                request.body.fail(error);
                receiving = null;
                acceptingRequests = false;
            } else {
                refuse(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/"), "/", error, true);
            }
            proceed(false);
            return;
        }
        if (request == null) {
            content.release();
            return;
        }
        RequestBodyStream body = request.body;
        if (body.received() + content.content().readableBytes() > server.settings.maxBodySize()) {
            content.release();
            request.closeAfter = true;
            body.fail(RequestChecks.tooLarge(server.settings));
            receiving = null;
            acceptingRequests = false;
        } else {
            body.append(content.content());
            if (content instanceof LastHttpContent) {
                body.end();
                receiving = null;
            }
        }
        if (inline) {
            proceed(false);
        }
    }

    /** Answers a request the app will not see, in its turn, and stops reading when {@code close}. */
    private void refuse(HttpRequest request, String target, HttpError error, boolean close) {
        NettyExchange exchange = new NettyExchange(request, target == null ? "/" : target, remoteAddress, null);
        PendingRequest refusal = new PendingRequest(exchange, null, !close, false);
        refusal.response = server.app.renderError(exchange, error);
        refusal.closeAfter = close;
        receiving = null;
        if (close) {
            acceptingRequests = false;
        }
        enqueue(refusal);
        proceed(false);
    }

    private void enqueue(PendingRequest request) {
        queue.add(request);
        if (queue.size() >= PIPELINE_LIMIT) {
            reads.pause(ReadSwitch.PIPELINE);
        }
        if (inline) {
            proceed(false);
        }
    }

    // ---- Serving -------------------------------------------------------------------------------

    /**
     * Serves what can be served now. Refusals are written here; in inline mode so are requests
     * whose bodies are complete, and a body within the inline limit is gathered here first. What
     * may block goes to a worker: at the end of a read batch (so pipelined requests go together),
     * or at once in inline mode.
     */
    private void proceed(boolean endOfRead) {
        PendingRequest next;
        while (!workerBusy && !closed && (next = queue.peek()) != null) {
            if (next.response != null && next.response.stream() == null) {
                queue.poll();
                writeOnLoop(next, next.response);
            } else if (inline && next.response == null && next.readyWithoutWaiting()) {
                queue.poll();
                Response resp = server.sender.respond(next);
                if (resp.stream() != null) {
                    // Reading a stream may block: a virtual thread pumps it.
                    next.response = resp;
                    queue.addFirst(next);
                    startWorker();
                } else {
                    writeOnLoop(next, resp);
                }
            } else if (inline ? next.response != null || next.body.awaitsContinue()
                    || next.body.unread() > server.settings.inlineBodyLimit() : endOfRead) {
                startWorker();
            } else {
                return;
            }
        }
        if (queue.size() < PIPELINE_LIMIT) {
            reads.resume(ReadSwitch.PIPELINE);
        }
        if (servedSinceIdle && !workerBusy && !closed && queue.isEmpty() && receiving == null && acceptingRequests) {
            servedSinceIdle = false;
            becameIdle();
        }
    }

    private void writeOnLoop(PendingRequest request, Response resp) {
        boolean close = server.sender.write(ctx, request, resp, draining);
        request.finish(server);
        flushPending = true;
        if (close) {
            closeAfterWrites();
        }
    }

    private void startWorker() {
        workerBusy = true;
        List<PendingRequest> batch = new ArrayList<>(queue);
        queue.clear();
        reads.resume(ReadSwitch.PIPELINE);
        workers.execute(new RequestBatch(batch, server, outbox, ctx.alloc(), () -> draining,
                this::workerDone, this::workerClosed));
    }

    private void workerDone() {
        workerBusy = false;
        proceed(true);
    }

    private void workerClosed() {
        workerBusy = false;
        closeAfterWrites();
    }

    private void abandonQueue() {
        PendingRequest request;
        while ((request = queue.poll()) != null) {
            request.abandon(server);
        }
    }

    private void becameIdle() {
        if (draining) {
            closeAfterWrites();
        } else {
            timeouts.idle();
        }
    }

    // ---- Closing -------------------------------------------------------------------------------

    /** Stops taking requests and closes once what was written is flushed. */
    private void closeAfterWrites() {
        if (closed) {
            return;
        }
        acceptingRequests = false;
        abandonQueue();
        if (receiving != null) {
            receiving.body.discard();
            receiving = null;
        }
        flushPending = false;
        reads.closeGently();
    }

    /** Server stopping: close now if idle, else after answering what was received. Any thread. */
    void drain() {
        draining = true;
        ctx.executor().execute(() -> {
            if (!workerBusy && queue.isEmpty() && receiving == null) {
                closeAfterWrites();
            }
        });
    }

    /** Closes at once. Any thread. */
    void closeNow() {
        ctx.close();
    }

    @Override
    public void timedOut(boolean partialHead) {
        if (!partialHead) {
            ctx.close();
            return;
        }
        refuse(new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.GET, "/"), "/", new HttpError(408,
                "Request timeout", "The request headers did not arrive within "
                        + server.settings.headerReadTimeout().toMillis() + " ms."), true);
        flushIfPending();
    }

    private void flushIfPending() {
        if (flushPending) {
            flushPending = false;
            ctx.flush();
        }
    }

    // ---- Reading flow --------------------------------------------------------------------------

    @Override
    public void pauseReading() {
        reads.pause(ReadSwitch.BODY);
    }

    @Override
    public void resumeReading() {
        ctx.executor().execute(() -> reads.resume(ReadSwitch.BODY));
    }

    @Override
    public void sendContinue() {
        outbox.post(ResponseHeads.continueResponse());
    }
}
