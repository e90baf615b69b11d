package dev.peregrine.netty.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.socket.DuplexChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Turns a connection's socket reading off and on, for reasons that overlap (a body reader that is
 * behind, a full pipeline queue, a client that does not take its responses, a stop in progress),
 * and closes the connection gently. It sits before the decoder (after TLS, which decrypts), so that
 * what arrives while the connection closes is counted and dropped as raw bytes. Event loop only.
 */
final class ReadSwitch extends ChannelInboundHandlerAdapter {

    /** The reader of a request body is behind. */
    static final int BODY = 1;
    /** Too many pipelined requests wait in the queue. */
    static final int PIPELINE = 2;
    /** The client does not take its responses: the outbound buffer is over its limit. */
    static final int WRITE = 4;
    /** The server is stopping: the requests read so far are the last this connection serves. */
    static final int DRAIN = 8;
    /** The connection refused a request and closes once it has answered what it read before. */
    static final int FINISHING = 16;

    /**
     * How long a closing connection reads (and drops) what the client still sends after the
     * response, so the client sees the response rather than a reset.
     */
    private static final long LINGER_MILLIS = 2_000;
    /** How much it reads in that time at most: a client that floods a closing connection is cut at once. */
    private static final long LINGER_BYTES = 1024 * 1024;

    /** Told when the socket is read again or no longer, so time not reading is not blamed on the client. */
    interface Listener {
        /** Called on the event loop whenever reading turns on or off. */
        void readingChanged(boolean reading);
    }

    private final Listener listener;
    private ChannelHandlerContext ctx;
    private int pausedFor;
    private boolean closing;
    private boolean lingering;
    private long lingered;
    /** Closes the connection when the linger ends; cancelled when the client closes first. */
    private ScheduledFuture<?> lingerEnd;

    ReadSwitch(Listener listener) {
        this.listener = listener;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!lingering) {
            ctx.fireChannelRead(msg);
            return;
        }
        if (msg instanceof ByteBuf bytes) {
            lingered += bytes.readableBytes();
        }
        ReferenceCountUtil.release(msg);
        if (lingered > LINGER_BYTES) {
            ctx.close();
        }
    }

    /** Stops reading for {@code reason}. */
    void pause(int reason) {
        if (pausedFor == 0 && !closing) {
            setReading(false);
        }
        pausedFor |= reason;
    }

    /** Reads again once no reason to pause is left. */
    void resume(int reason) {
        if ((pausedFor & reason) == 0) {
            return;
        }
        pausedFor &= ~reason;
        if (pausedFor == 0 && !closing) {
            setReading(true);
        }
    }

    /** Whether the socket is being read (no reason to pause, not closing). */
    boolean reading() {
        return pausedFor == 0 && !closing;
    }

    /**
     * Closes once what was written is flushed. Nothing is read until then, so a client that sends
     * without reading cannot make the server read on forever; a client that takes nothing is cut
     * by the write timeout. Then the output is shut (after TLS's {@code close_notify} on a TLS
     * connection) and the input read and dropped for a moment (at most {@link #LINGER_MILLIS} and
     * {@link #LINGER_BYTES}), so a client still sending a body it was refused gets the response
     * instead of a connection reset.
     */
    void closeGently() {
        if (closing) {
            return;
        }
        closing = true;
        setReading(false);
        // NOTE: written from the pipeline's tail, behind whatever a handler towards the socket
        // still holds (TLS connections chunk file bodies), so it is flushed after all of it.
        ctx.channel().writeAndFlush(Unpooled.EMPTY_BUFFER).addListener((ChannelFutureListener) written -> {
            SslHandler tls = ctx.pipeline().get(SslHandler.class);
            if (tls == null) {
                shutOutputAndLinger(written);
            } else if (written.isSuccess()) {
                tls.closeOutbound().addListener((ChannelFutureListener) this::shutOutputAndLinger);
            } else {
                ctx.close();
            }
        });
    }

    /**
     * Closes once what was written is flushed, without lingering: for a client that asked to
     * close and sent nothing more. A TLS connection sends {@code close_notify} first.
     */
    void closeAtOnce() {
        if (closing) {
            return;
        }
        closing = true;
        setReading(false);
        // NOTE: from the pipeline's tail, as in closeGently, so it is flushed after all of it.
        ctx.channel().writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    private void shutOutputAndLinger(ChannelFuture written) {
        if (written.channel() instanceof DuplexChannel duplex && written.isSuccess() && duplex.isActive()) {
            duplex.shutdownOutput();
            lingering = true;
            ctx.channel().config().setAutoRead(true);
            lingerEnd = ctx.executor().schedule(() -> ctx.close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
        } else {
            ctx.close();
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        if (lingerEnd != null) {
            // NOTE: a timer left to fire would keep the closed connection, its pipeline and
            // buffers, reachable for the whole linger: with Connection: close at 11,000
            // connections a second, 22,000 of them, and the collections that go with it.
            lingerEnd.cancel(false);
            lingerEnd = null;
        }
        super.channelInactive(ctx);
    }

    /** Whether the connection is closing: it takes no more requests. */
    boolean closing() {
        return closing;
    }

    private void setReading(boolean reading) {
        ctx.channel().config().setAutoRead(reading);
        listener.readingChanged(reading);
    }
}
