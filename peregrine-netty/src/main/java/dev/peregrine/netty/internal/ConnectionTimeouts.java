package dev.peregrine.netty.internal;

import dev.peregrine.netty.ServerSettings;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The clocks of a connection, on one timer: the header-read timeout (from a request's first byte,
 * or from the connection's start, to the end of its headers), the body-read timeout and minimum
 * body rate (while a body arrives and the server reads it), the idle timeout between keep-alive
 * requests, the write timeout (while a response waits for a client that takes none of it), and the
 * drain grace of a stopping server. It sits before the decoder to see raw bytes arrive. None holds
 * a thread: a timer on the event loop does it. Event loop only.
 *
 * <p>PERF: the timer is not re-armed per request or per body piece. It fires at most once per
 * deadline passed and re-arms itself for what is left when the deadline moved; only a deadline
 * brought forward reschedules it.
 *
 * <p>NOTE: write progress is observed, not counted: at each check the outbound buffer's current
 * message, its progress and the bytes pending are compared with the previous check's, so a stall
 * is noticed between one and two write timeouts after the last byte the client took.
 */
final class ConnectionTimeouts extends ChannelInboundHandlerAdapter implements Runnable, ReadSwitch.Listener {

    /** Which clock ran out. */
    enum Timeout {
        /** Part of a request head arrived, but not all of it in time: answer 408. */
        HEADER,
        /** A new or idle connection sent nothing in time: close without an answer. */
        SILENT,
        /** A keep-alive connection waited too long for its next request. */
        IDLE,
        /** No part of a request body arrived for the body-read timeout. */
        BODY_GAP,
        /** A request body arrives slower than the minimum rate. */
        BODY_RATE,
        /** The client took none of its responses for the write timeout. */
        WRITE,
        /** A stopping server's grace for a request already on its way is over. */
        DRAIN_GRACE
    }

    /** What a connection does when a clock runs out. */
    interface Expiry {
        /** Called on the event loop. */
        void timedOut(Timeout timeout);
    }

    private static final int SERVING = 0;
    private static final int AWAITING_HEAD = 1;
    private static final int IDLE = 2;
    private static final int LAST_CALL = 3;

    private final long headerNanos;
    private final long idleNanos;
    private final long bodyNanos;
    private final long minBodyRate;
    private final long bodyGraceNanos;
    private final long writeNanos;
    private Expiry expiry;
    private ChannelHandlerContext ctx;
    private int state = AWAITING_HEAD;
    private boolean bytesSeen;
    /** When the head, idle or last-call clock runs out. */
    private long deadline;
    /** When the connection opened or last became idle. */
    private long quietSince;

    private boolean reading = true;
    private boolean bodyArriving;
    private boolean bodyHeldBack;
    private long bodyLastPieceAt;
    private long bodyWindowStart;
    private long bodyWindowBytes;

    private boolean watchingWrites;
    private Object lastCurrent;
    private long lastProgress;
    private long lastPending;
    private long lastWriteProgressAt;

    private ScheduledFuture<?> timer;
    private long timerAt;

    ConnectionTimeouts(ServerSettings settings) {
        this.headerNanos = settings.headerReadTimeout().toNanos();
        this.idleNanos = settings.idleTimeout().toNanos();
        this.bodyNanos = settings.bodyReadTimeout().toNanos();
        this.minBodyRate = settings.minBodyRate();
        this.bodyGraceNanos = settings.bodyRateGrace().toNanos();
        this.writeNanos = settings.writeTimeout().toNanos();
    }

    void expiry(Expiry expiry) {
        this.expiry = expiry;
    }

    // ---- Netty events --------------------------------------------------------------------------

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        quietSince = System.nanoTime();
        deadline = quietSince + headerNanos;
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
    public void channelReadComplete(ChannelHandlerContext ctx) throws Exception {
        // PERF: a body that arrived with its head needs no clock; only one still arriving at the
        // end of a read may have to bring the timer forward.
        armBodyClock();
        super.channelReadComplete(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) throws Exception {
        state = SERVING;
        bodyArriving = false;
        watchingWrites = false;
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
        super.channelInactive(ctx);
    }

    // ---- What the connection tells the clocks --------------------------------------------------

    /** A request head was decoded: no head or idle clock runs while it is served. */
    void serving() {
        if (state != LAST_CALL) {
            state = SERVING;
        }
    }

    /**
     * The connection answered everything and waits for the next request. While the client is
     * still taking a response the idle clock waits, and the write clock watches instead.
     */
    void idle() {
        state = IDLE;
        bytesSeen = false;
        quietSince = System.nanoTime();
        deadline = quietSince + idleNanos;
        armBy(deadline);
    }

    /** When the connection opened or last became idle, if it is quiet now (no request under way); else -1. */
    long quietSince() {
        return state == IDLE || state == AWAITING_HEAD && !bytesSeen ? quietSince : -1;
    }

    /** The server is stopping: the connection may wait for a request already on its way until {@code until}. */
    void lastCall(long until) {
        state = LAST_CALL;
        deadline = until;
        armBy(deadline);
    }

    /**
     * A request body starts to arrive; {@code heldBack} when the client waits for
     * {@code 100 Continue} first, so the body clocks start only with {@link #bodyReleased()}.
     */
    void bodyStarted(boolean heldBack) {
        bodyArriving = true;
        bodyHeldBack = heldBack;
        restartBodyWindow();
    }

    /** {@code 100 Continue} was sent: the client has no reason to hold the body back any more. */
    void bodyReleased() {
        if (bodyArriving && bodyHeldBack) {
            bodyHeldBack = false;
            restartBodyWindow();
            armBodyClock();
        }
    }

    /** {@code bytes} more of the body arrived. */
    void bodyProgress(int bytes) {
        if (bodyCounting()) {
            // PERF: one clock read per body piece (up to 64 KiB); the timer is not touched.
            bodyLastPieceAt = System.nanoTime();
            bodyWindowBytes += bytes;
        }
    }

    /** The body arrived whole, or will not be read any more. */
    void bodyEnded() {
        bodyArriving = false;
    }

    /** Starts watching that the client takes the output: it is over its limit, or the connection closes with output left. */
    void watchWrites() {
        if (!watchingWrites) {
            watchingWrites = true;
            recordWriteProgress(System.nanoTime());
            armBy(lastWriteProgressAt + writeNanos);
        }
    }

    @Override
    public void readingChanged(boolean reading) {
        this.reading = reading;
        if (reading) {
            // NOTE: time the server did not read is not the client's: the body clocks start over.
            restartBodyWindow();
            armBodyClock();
        }
    }

    // ---- The timer -----------------------------------------------------------------------------

    @Override
    public void run() {
        timer = null;
        if (!ctx.channel().isActive()) {
            return;
        }
        long now = System.nanoTime();
        long next = Long.MAX_VALUE;
        if (watchingWrites) {
            if (!outputPending()) {
                watchingWrites = false;
            } else if (writeProgressed()) {
                recordWriteProgress(now);
            } else if (now - lastWriteProgressAt >= writeNanos) {
                expiry.timedOut(Timeout.WRITE);
                return;
            }
            if (watchingWrites) {
                next = lastWriteProgressAt + writeNanos;
            }
        }
        if (state != SERVING) {
            if (now - deadline >= 0) {
                if (state == IDLE && outputPending()) {
                    // NOTE: a response still being taken is progress, so the connection is not idle;
                    // one not taken at all is the write clock's to cut.
                    deadline = now + idleNanos;
                    watchWrites();
                } else {
                    expiry.timedOut(state == LAST_CALL ? Timeout.DRAIN_GRACE
                            : state == IDLE ? Timeout.IDLE : bytesSeen ? Timeout.HEADER : Timeout.SILENT);
                    return;
                }
            }
            next = Math.min(next, deadline);
        }
        if (bodyCounting()) {
            long gapAt = bodyLastPieceAt + bodyNanos;
            if (now - gapAt >= 0) {
                expiry.timedOut(Timeout.BODY_GAP);
                return;
            }
            long rateAt = bodyRateDeadline();
            if (now - rateAt >= 0) {
                expiry.timedOut(Timeout.BODY_RATE);
                return;
            }
            next = Math.min(next, Math.min(gapAt, rateAt));
        }
        if (next != Long.MAX_VALUE) {
            armBy(next);
        }
    }

    private boolean bodyCounting() {
        return bodyArriving && !bodyHeldBack && reading;
    }

    private void restartBodyWindow() {
        if (bodyCounting()) {
            long now = System.nanoTime();
            bodyLastPieceAt = now;
            bodyWindowStart = now;
            bodyWindowBytes = 0;
        }
    }

    private void armBodyClock() {
        if (bodyCounting()) {
            armBy(Math.min(bodyLastPieceAt + bodyNanos, bodyRateDeadline()));
        }
    }

    /** When the body's average rate since its window started falls under the minimum, if nothing more arrives. */
    private long bodyRateDeadline() {
        if (minBodyRate == 0) {
            return Long.MAX_VALUE;
        }
        double covered = bodyWindowBytes * 1e9 / minBodyRate;
        long allowed = covered >= Long.MAX_VALUE / 2 ? Long.MAX_VALUE / 2 : Math.max(bodyGraceNanos, (long) covered);
        return bodyWindowStart + allowed;
    }

    private boolean outputPending() {
        ChannelOutboundBuffer out = ctx.channel().unsafe().outboundBuffer();
        return out != null && (out.totalPendingWriteBytes() > 0 || out.current() != null);
    }

    private boolean writeProgressed() {
        ChannelOutboundBuffer out = ctx.channel().unsafe().outboundBuffer();
        return out == null || out.current() != lastCurrent || out.currentProgress() != lastProgress
                || out.totalPendingWriteBytes() < lastPending;
    }

    private void recordWriteProgress(long now) {
        ChannelOutboundBuffer out = ctx.channel().unsafe().outboundBuffer();
        if (out != null) {
            lastCurrent = out.current();
            lastProgress = out.currentProgress();
            lastPending = out.totalPendingWriteBytes();
        }
        lastWriteProgressAt = now;
    }

    private void armBy(long at) {
        if (timer != null && timerAt - at <= 0) {
            return;
        }
        if (timer != null) {
            timer.cancel(false);
        }
        timerAt = at;
        timer = ctx.executor().schedule(this, Math.max(0, at - System.nanoTime()), TimeUnit.NANOSECONDS);
    }
}
