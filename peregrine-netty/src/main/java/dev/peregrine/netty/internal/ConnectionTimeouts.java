package dev.peregrine.netty.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The two clocks of a connection waiting for a request: the header-read timeout, from a request's
 * first byte (or from the connection's start) to the end of its headers, and the idle timeout
 * between keep-alive requests. It sits before the decoder to see raw bytes arrive; while a request
 * is being served neither clock runs. Neither holds a thread: a timer on the event loop does it.
 *
 * <p>PERF: the timer is not re-armed per request. It fires at most once per deadline passed and
 * re-arms itself for what is left when the deadline moved; only a deadline brought forward, by a
 * request head split across reads, reschedules it.
 */
final class ConnectionTimeouts extends ChannelInboundHandlerAdapter implements Runnable {

    /** What a connection does when a clock runs out. */
    interface Expiry {
        /**
         * Called on the event loop.
         *
         * @param partialHead whether bytes of a request head had arrived (408) or none (silent close)
         */
        void timedOut(boolean partialHead);
    }

    private static final int SERVING = 0;
    private static final int AWAITING_HEAD = 1;
    private static final int IDLE = 2;

    private final long headerNanos;
    private final long idleNanos;
    private Expiry expiry;
    private ChannelHandlerContext ctx;
    private int state = AWAITING_HEAD;
    private boolean bytesSeen;
    private long deadline;
    private ScheduledFuture<?> timer;
    private long timerAt;

    ConnectionTimeouts(long headerNanos, long idleNanos) {
        this.headerNanos = headerNanos;
        this.idleNanos = idleNanos;
    }

    void expiry(Expiry expiry) {
        this.expiry = expiry;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        deadline = System.nanoTime() + headerNanos;
        armBy(deadline);
        super.channelActive(ctx);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
        if (state == IDLE) {
            state = AWAITING_HEAD;
            deadline = System.nanoTime() + headerNanos;
        }
        bytesSeen = true;
        ctx.fireChannelRead(msg);
        // A head that arrived whole in this read moved the state on; only a split one needs the clock.
        if (state == AWAITING_HEAD) {
            armBy(deadline);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        state = SERVING;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        super.channelInactive(ctx);
    }

    /** A request head was decoded: no clock runs while it is served. */
    void serving() {
        state = SERVING;
    }

    /** The connection answered everything and waits for the next request. */
    void idle() {
        state = IDLE;
        bytesSeen = false;
        deadline = System.nanoTime() + idleNanos;
        armBy(deadline);
    }

    private void armBy(long at) {
        if (timer != null && timerAt <= at) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
        }
        timerAt = at;
        timer = ctx.executor().schedule(this, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }

    @Override
    public void run() {
        timer = null;
        if (state == SERVING || !ctx.channel().isActive()) {
            return;
        }
        long left = deadline - System.nanoTime();
        if (left > 0) {
            armBy(deadline);
            return;
        }
        expiry.timedOut(state == AWAITING_HEAD && bytesSeen);
    }
}
