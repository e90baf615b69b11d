package dev.peregrine.bench.loadgen;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * One keep-alive connection of a step, carrying at most one request at a time. Every method runs on
 * the step's event loop.
 */
final class ClientConnection extends SimpleChannelInboundHandler<HttpObject> {
    private final OpenLoopStep step;
    private Channel channel;
    private boolean busy;
    private boolean abandoned;
    private boolean keepAlive;
    private int status;
    private long intendedNanos;
    private long sentNanos;

    ClientConnection(OpenLoopStep step) {
        this.step = step;
    }

    /** Whether a request is in flight. */
    boolean busy() {
        return busy;
    }

    /** When the in-flight request was written. */
    long sentNanos() {
        return sentNanos;
    }

    /**
     * Writes one request.
     *
     * @param request       the encoded request, shared by all connections
     * @param intendedNanos when the schedule meant it to go out
     * @param nowNanos      now
     */
    void send(ByteBuf request, long intendedNanos, long nowNanos) {
        this.busy = true;
        this.intendedNanos = intendedNanos;
        this.sentNanos = nowNanos;
        // PERF: the request is encoded once; each send writes a retained view of the same bytes.
        channel.writeAndFlush(request.retainedDuplicate(), channel.voidPromise());
    }

    /** Gives up on the in-flight request (already counted as a timeout) and closes the connection. */
    void abandon() {
        abandoned = true;
        busy = false;
        channel.close();
    }

    /** Closes the connection at the end of the step. */
    void close() {
        abandoned = true;
        channel.close();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        step.onConnected(this);
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
        if (message.decoderResult().isFailure()) {
            ctx.close();
            return;
        }
        if (message instanceof HttpResponse response) {
            status = response.status().code();
            keepAlive = HttpUtil.isKeepAlive(response);
        }
        if (message instanceof LastHttpContent && busy) {
            busy = false;
            step.onResponse(this, status, intendedNanos, keepAlive);
            if (!keepAlive) {
                abandoned = true;
                ctx.close();
            }
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        step.onClosed(this, busy && !abandoned);
        busy = false;
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
