package dev.peregrine.reliability.probes;

import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * One connection of an {@link OpenLoopLoad}, carrying one request at a time: a keep-alive
 * connection of the load's pool, or a connection of its own for one request. Event loop only.
 */
final class LoadConnection extends SimpleChannelInboundHandler<HttpObject> {

    private final OpenLoopLoad load;
    private final boolean pooled;
    private Channel channel;
    private RequestKind kind;
    private long intendedNanos;
    private long sentNanos;
    private boolean busy;
    private boolean abandoned;
    private int status;
    private boolean keepAlive;
    private long bodyBytes;

    /** A pooled connection, or with {@code kind} a connection of its own that sends that request once open. */
    LoadConnection(OpenLoopLoad load, RequestKind kind, long intendedNanos) {
        this.load = load;
        this.pooled = kind == null;
        this.kind = kind;
        this.intendedNanos = intendedNanos;
    }

    boolean pooled() {
        return pooled;
    }

    boolean busy() {
        return busy;
    }

    long sentNanos() {
        return sentNanos;
    }

    RequestKind kind() {
        return kind;
    }

    void send(RequestKind kind, long intendedNanos, long nowNanos) {
        this.kind = kind;
        this.intendedNanos = intendedNanos;
        this.sentNanos = nowNanos;
        this.busy = true;
        channel.writeAndFlush(Unpooled.wrappedBuffer(kind.bytes()), channel.voidPromise());
    }

    /** Gives up on the request in flight (already counted) and closes. */
    void abandon() {
        abandoned = true;
        busy = false;
        if (channel != null) {
            channel.close();
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        channel = ctx.channel();
        if (pooled) {
            load.onConnected(this);
        } else {
            send(kind, intendedNanos, System.nanoTime());
        }
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
            bodyBytes = 0;
        }
        if (message instanceof HttpContent content) {
            bodyBytes += content.content().readableBytes();
        }
        if (message instanceof LastHttpContent && busy) {
            busy = false;
            load.onAnswer(this, kind, intendedNanos, status, bodyBytes);
            if (!keepAlive || !pooled) {
                abandoned = true;
                ctx.close();
            }
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        boolean lost = busy && !abandoned;
        busy = false;
        load.onClosed(this, lost);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
