package dev.peregrine.netty.internal;

import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.netty.Dispatch;
import dev.peregrine.netty.ServerSettings;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.ReferenceCountUtil;
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
 * <p>All fields are the event loop's, except what workers reach through the {@link Outbox}, the
 * body streams and the batch they serve. A connection hands its ready requests to a worker as one
 * batch and takes the next batch when that worker reports back, so at most one worker serves a
 * connection at a time and responses leave in request order.
 *
 * <p>What a client can hold is bounded: a body up to the buffered-body limit is received here
 * before any thread runs for it; at most {@code maxPipelinedRequests} requests wait; nothing more
 * is answered (or read) while the client is behind taking responses; and once the connection has
 * decided to close it reads nothing more than a bounded linger.
 */
final class HttpConnection extends ChannelInboundHandlerAdapter
        implements RequestIntake.Queue, RequestBodyStream.Flow, ConnectionTimeouts.Expiry, RequestBatch.Owner {

    private static final Logger LOG = LoggerFactory.getLogger(HttpConnection.class);
    /** Unflushed bytes above which a read's responses are flushed at once, not after the loop's round of reads. */
    private static final long FLUSH_AT_ONCE_BYTES = 16 * 1024;

    private final ServerContext server;
    private final ServerSettings settings;
    private final ConnectionTimeouts timeouts;
    private final ReadSwitch reads;
    private final boolean inline;
    private final RequestIntake intake;
    private final RequestDecoder decoder;
    private final ArrayDeque<PendingRequest> queue = new ArrayDeque<>();
    private final Runnable postedFlush = this::runPostedFlush;
    private ChannelHandlerContext ctx;
    private Outbox outbox;
    private Executor workers;
    private String remoteAddress;
    /** The batch a worker serves, or {@code null} when no worker has the connection. */
    private RequestBatch working;
    /** Whether a request was taken since the connection last became idle. */
    private boolean servedSinceIdle;
    private boolean flushPending;
    /** Whether a flush is posted to run after the event loop's current round of reads. */
    private boolean flushPosted;
    private boolean closed;
    /** Whether the connection takes no more requests: it closes once it has answered those it has. */
    private boolean finishing;
    /** Whether the server is stopping: requests arriving from now on get 503. */
    private boolean draining;
    /** Whether, the server stopping, the connection's last request is known and marked to close it. */
    private boolean lastMarked;

    HttpConnection(ServerContext server, ConnectionTimeouts timeouts, ReadSwitch reads, RequestDecoder decoder) {
        this.server = server;
        this.settings = server.settings;
        this.timeouts = timeouts;
        this.reads = reads;
        this.decoder = decoder;
        this.inline = settings.dispatch() == Dispatch.INLINE;
        this.intake = new RequestIntake(server, timeouts, this, this);
        timeouts.expiry(this);
    }

    // ---- Netty events --------------------------------------------------------------------------

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        this.outbox = new Outbox(ctx);
        this.workers = server.workers(ctx.executor());
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        SocketAddress peer = ctx.channel().remoteAddress();
        remoteAddress = peer instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(peer);
        intake.remoteAddress(remoteAddress);
        if (!server.opened(this, remoteAddress)) {
            LOG.debug("Connection from {} closed at once: over a connection limit", remoteAddress);
            ctx.close();
            return;
        }
        if (server.draining()) {
            // NOTE: accepted just before the listener closed: its request gets a 503, not a reset.
            beginDraining();
        }
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (finishing) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (msg instanceof HttpRequest request) {
            intake.head(request, draining);
            if (msg instanceof HttpContent whole) {
                whole.release();
            }
        } else if (msg instanceof HttpContent content) {
            intake.content(content);
        } else {
            ReferenceCountUtil.release(msg);
        }
        if (inline) {
            // PERF: inline mode answers each request as soon as it is whole, in the same read.
            proceed(false);
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        if (draining && !lastMarked && !intake.receivingBody()) {
            markLast();
        }
        proceed(true);
        flushAfterReads();
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) throws Exception {
        outbox.writabilityChanged();
        if (ctx.channel().isWritable()) {
            reads.resume(ReadSwitch.WRITE);
            proceed(true);
            flushIfPending();
        } else {
            timeouts.watchWrites();
        }
        super.channelWritabilityChanged(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        closed = true;
        finishing = true;
        outbox.close();
        intake.disconnected();
        abandonQueue();
        server.closed(this, remoteAddress);
        super.channelInactive(ctx);
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) throws Exception {
        if (event == PlainHttpProbe.PLAIN_HTTP) {
            LOG.debug("Connection from {} spoke plain HTTP to the TLS port", remoteAddress);
            intake.refuseUnparsed(RequestChecks.plainHttpOnTlsPort());
            proceed(false);
            flushIfPending();
            return;
        }
        super.userEventTriggered(ctx, event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        LOG.debug("Connection from {} failed: {}", remoteAddress, cause.toString());
        ctx.close();
    }

    // ---- Requests ------------------------------------------------------------------------------

    @Override
    public void add(PendingRequest request) {
        servedSinceIdle = true;
        queue.add(request);
        if (queue.size() >= settings.maxPipelinedRequests()) {
            reads.pause(ReadSwitch.PIPELINE);
        }
    }

    @Override
    public void stopTaking() {
        finishing = true;
        reads.pause(ReadSwitch.FINISHING);
    }

    // ---- Serving -------------------------------------------------------------------------------

    /**
     * Serves what can be served now, in order. Refusals are written here, and in inline mode so
     * are requests whose bodies are complete. A body within the buffered-body limit is received
     * first. What may block goes to a worker: when {@code handOver} (at the end of a read, so
     * pipelined requests go together), or at once in inline mode. Nothing is served while the
     * client is behind taking responses.
     */
    private void proceed(boolean handOver) {
        PendingRequest next;
        while (working == null && !closed && (next = queue.peek()) != null) {
            if (!ctx.channel().isWritable()) {
                // NOTE: the client is behind: answer and read nothing more until it catches up.
                reads.pause(ReadSwitch.WRITE);
                break;
            }
            if (next.response != null && ResponseSender.sendsWithoutBlocking(next.response)) {
                queue.poll();
                next.dispatched();
                writeOnLoop(next, next.response);
            } else if (!next.ready(settings.bufferedBodyLimit())) {
                break;
            } else if (inline && next.response == null && next.complete()) {
                queue.poll();
                next.dispatched();
                RenderedResponse answer = server.sender.respond(next);
                if (ResponseSender.sendsWithoutBlocking(answer)) {
                    writeOnLoop(next, answer);
                } else {
                    // Reading a stream may block: a worker pumps it.
                    next.response = answer;
                    queue.addFirst(next);
                    startWorker();
                }
            } else if (inline || handOver) {
                startWorker();
            } else {
                break;
            }
        }
        if (queue.size() < settings.maxPipelinedRequests()) {
            reads.resume(ReadSwitch.PIPELINE);
        }
        if (servedSinceIdle && working == null && !closed && !finishing && queue.isEmpty() && !intake.receivingBody()) {
            servedSinceIdle = false;
            becameIdle();
        }
    }

    private void writeOnLoop(PendingRequest request, RenderedResponse answer) {
        boolean close = server.sender.write(ctx, request, answer);
        server.completed(request, answer);
        request.finish(server);
        flushPending = true;
        if (close) {
            closeAfterWrites(request.closesCleanly);
        }
    }

    /**
     * Hands the ready requests at the head of the queue to a worker, each counted against the
     * server's bound on requests in flight (outside inline mode) or answered 503 beyond it.
     */
    private void startWorker() {
        List<PendingRequest> batch = new ArrayList<>(Math.min(queue.size(), 16));
        PendingRequest next;
        while ((next = queue.peek()) != null && next.ready(settings.bufferedBodyLimit())) {
            queue.poll();
            next.dispatched();
            if (!inline && next.response == null && !next.admit(server)) {
                next.response = server.app.renderError(next.exchange, RequestChecks.busy(settings));
                next.refusal = true;
                // NOTE: a body that has not arrived whole cannot be skipped cheaply: the connection closes.
                next.closeAfter |= !next.complete();
            }
            batch.add(next);
        }
        working = new RequestBatch(batch, server, outbox, ctx.alloc(), this);
        reads.resume(ReadSwitch.PIPELINE);
        server.handedOver(batch.size());
        workers.execute(working);
    }

    @Override
    public void batchEnded(List<PendingRequest> handedBack, boolean close, boolean cleanly) {
        working = null;
        if (close) {
            closeAfterWrites(cleanly);
            return;
        }
        for (int i = handedBack.size() - 1; i >= 0; i--) {
            queue.addFirst(handedBack.get(i));
        }
        proceed(true);
    }

    private void abandonQueue() {
        PendingRequest request;
        while ((request = queue.poll()) != null) {
            request.abandon(server);
        }
    }

    private void becameIdle() {
        if (draining) {
            lastCall(System.nanoTime());
        } else {
            timeouts.idle();
        }
    }

    // ---- Stopping ------------------------------------------------------------------------------

    /** Server stopping: answer what was read, the last response closing the connection. Any thread. */
    void drain() {
        ctx.executor().execute(this::beginDraining);
    }

    private void beginDraining() {
        if (draining || closed) {
            return;
        }
        draining = true;
        if (!intake.receivingBody()) {
            markLast();
            flushIfPending();
        }
    }

    /**
     * Stops reading, so the requests read so far are the connection's last, and marks the last of
     * them to close the connection. Requests read after the stop began are answered 503 and close
     * it. An idle connection waits for {@link ServerSettings#drainGrace()} from when it last
     * answered, so a request already on its way gets a 503 rather than a closed connection.
     */
    private void markLast() {
        lastMarked = true;
        reads.pause(ReadSwitch.DRAIN);
        PendingRequest tail = queue.peekLast();
        if (tail != null) {
            tail.closeAfter = true;
        } else if (working != null) {
            working.closeAtEnd();
        } else if (!finishing) {
            long quietSince = timeouts.quietSince();
            lastCall(quietSince < 0 ? System.nanoTime() : quietSince);
        }
    }

    /** Hears a request already on its way until the grace after {@code quietSince} ends, then closes. */
    private void lastCall(long quietSince) {
        long graceEnd = quietSince + settings.drainGrace().toNanos();
        if (graceEnd - System.nanoTime() <= 0) {
            closeAfterWrites();
            return;
        }
        reads.resume(ReadSwitch.DRAIN);
        timeouts.lastCall(graceEnd);
    }

    // ---- Closing -------------------------------------------------------------------------------

    /** Takes no more requests and closes gently once what was written is flushed (or the write timeout cuts it). */
    private void closeAfterWrites() {
        closeAfterWrites(false);
    }

    /**
     * Takes no more requests and closes once what was written is flushed (or the write timeout
     * cuts it): at once when {@code cleanly} and the client sent nothing more, else gently.
     *
     * <p>PERF: a gentle close shuts the output, waits for the client's close and lingers;
     * {@code Connection: close} paid that on every connection.
     */
    private void closeAfterWrites(boolean cleanly) {
        if (closed) {
            return;
        }
        boolean atOnce = cleanly && queue.isEmpty() && !decoder.holdsBytes() && !intake.receivingBody();
        finishing = true;
        abandonQueue();
        intake.discardBody();
        flushPending = false;
        timeouts.watchWrites();
        if (atOnce) {
            reads.closeAtOnce();
        } else {
            reads.closeGently();
        }
    }

    /** Closes at once. Any thread. */
    void closeNow() {
        cut();
    }

    /**
     * Closes the socket at once, without TLS's {@code close_notify}: for a client that is not
     * taking what it was sent, and would not take that either. Any thread.
     */
    private void cut() {
        // NOTE: closed from the pipeline's first handler, so the close does not pass through TLS,
        // which would queue close_notify behind the untaken bytes, wait three seconds for it and
        // then log a warning. Once the channel is gone its handlers are too, and nothing is left to close.
        ChannelHandlerContext first = ctx.pipeline().firstContext();
        if (first != null) {
            first.close();
        }
    }

    @Override
    public void timedOut(ConnectionTimeouts.Timeout timeout) {
        switch (timeout) {
            case HEADER -> intake.refuseUnparsed(RequestChecks.headersTooSlow(settings));
            case BODY_GAP -> intake.failBody(RequestChecks.bodyStalled(settings));
            case BODY_RATE -> intake.failBody(RequestChecks.bodyTooSlow(settings));
            case DRAIN_GRACE -> closeAfterWrites();
            case SILENT, IDLE -> ctx.close();
            case WRITE -> cut();
        }
        LOG.debug("Connection from {}: {} timeout", remoteAddress, timeout);
        if (!finishing || !queue.isEmpty()) {
            // NOTE: a refusal or a failed body may now be ready to answer.
            proceed(false);
            flushIfPending();
        }
    }

    /**
     * Flushes once the event loop has read every connection that was ready, not at the end of this
     * connection's read, unless what waits to be flushed is large.
     *
     * <p>PERF: the responses of all the connections read in one round leave in one burst of
     * writes, after the loop's reads, as a worker's responses do (its outbox drains as a task): the
     * client is woken once per burst rather than once per connection, which on a virtual machine
     * costs an interrupt each. Pipelined {@code /plaintext}, inline: 0.76× raw Netty's throughput
     * before, 1.00× after. Large responses go at once: held back for a round, 64 connections'
     * 76 KiB listings filled the caches and cost 2.6× the CPU per request.
     */
    private void flushAfterReads() {
        if (!flushPending) {
            return;
        }
        ChannelOutboundBuffer unflushed = ctx.channel().unsafe().outboundBuffer();
        if (unflushed != null && unflushed.totalPendingWriteBytes() > FLUSH_AT_ONCE_BYTES) {
            flushIfPending();
        } else if (!flushPosted) {
            flushPosted = true;
            ctx.executor().execute(postedFlush);
        }
    }

    private void runPostedFlush() {
        flushPosted = false;
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
        outbox.post((Runnable) timeouts::bodyReleased);
    }
}
