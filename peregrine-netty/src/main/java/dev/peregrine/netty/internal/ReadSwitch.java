package dev.peregrine.netty.internal;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.socket.DuplexChannel;
import java.util.concurrent.TimeUnit;

/**
 * Turns a connection's socket reading off and on, for reasons that overlap (a body reader that
 * is behind, a pipeline queue that is full), and closes the connection gently. Event loop only.
 */
final class ReadSwitch {

    /** The reader of a request body is behind. */
    static final int BODY = 1;
    /** Too many pipelined requests wait in the queue. */
    static final int PIPELINE = 2;
    /** How long a closing connection keeps reading, so the client sees the response, not a reset. */
    private static final long LINGER_MILLIS = 2_000;

    private final ChannelHandlerContext ctx;
    private int pausedFor;
    private boolean closing;

    ReadSwitch(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    /** Stops reading for {@code reason}. */
    void pause(int reason) {
        if (pausedFor == 0 && !closing) {
            ctx.channel().config().setAutoRead(false);
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
            ctx.channel().config().setAutoRead(true);
        }
    }

    /**
     * Closes once what was written is flushed. The output is shut first and the input read (and
     * dropped by the caller) for a moment, so a client still sending a body it was refused gets the
     * response instead of a connection reset.
     */
    void closeGently() {
        if (closing) {
            return;
        }
        closing = true;
        pausedFor = 0;
        ctx.channel().config().setAutoRead(true);
        ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener((ChannelFutureListener) written -> {
            if (written.channel() instanceof DuplexChannel duplex && written.isSuccess() && duplex.isActive()) {
                duplex.shutdownOutput();
                ctx.executor().schedule(() -> ctx.close(), LINGER_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                ctx.close();
            }
        });
    }
}
