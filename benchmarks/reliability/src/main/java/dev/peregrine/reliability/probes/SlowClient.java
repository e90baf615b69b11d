package dev.peregrine.reliability.probes;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * A client that uploads slowly or takes its response slowly, following a {@link Script}: it
 * sends an opening (a head and maybe the start of a body), then trickles the rest of the body in
 * steps, or stops sending, or never reads. It notes the status it got, the response bytes it
 * took, and whether and when the server closed the connection. Event loop only.
 */
final class SlowClient extends SimpleChannelInboundHandler<HttpObject> {

    /**
     * What a slow client does.
     *
     * @param name the kind of client, for reports
     * @param opening the bytes sent at once
     * @param bodyLeft body bytes still to send after the opening
     * @param stepBytes bytes per trickle step (0: send nothing more)
     * @param stepNanos time between two steps
     * @param reads whether it reads the response (a client that does not is read only at the end, to see whether it was cut)
     */
    record Script(String name, byte[] opening, long bodyLeft, int stepBytes, long stepNanos, boolean reads) {
    }

    private final Script script;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> trickle;
    private long left;
    private long openedNanos;
    private long closedNanos;
    private boolean closedByClient;
    private int status;
    private long responseBytes;
    private boolean answered;

    SlowClient(Script script) {
        this.script = script;
        this.left = script.bodyLeft();
    }

    Script script() {
        return script;
    }

    /** The response's status, or 0 before one arrived. */
    int status() {
        return status;
    }

    /** Whether a whole response arrived. */
    boolean answered() {
        return answered;
    }

    long responseBytes() {
        return responseBytes;
    }

    /** Whether the server closed the connection. */
    boolean cut() {
        return closedNanos != 0 && !closedByClient;
    }

    boolean closed() {
        return closedNanos != 0;
    }

    /** Seconds from open to the server's close. */
    double secondsToCut() {
        return (closedNanos - openedNanos) / 1e9;
    }

    /** Starts reading, for a client that did not: what the server sent, then its close if it closed. */
    void startReading() {
        if (ctx != null && ctx.channel().isActive()) {
            ctx.channel().config().setAutoRead(true);
            ctx.read();
        }
    }

    void close() {
        if (ctx != null && closedNanos == 0) {
            closedByClient = true;
            ctx.close();
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        openedNanos = System.nanoTime();
        ctx.channel().config().setAutoRead(script.reads());
        ctx.writeAndFlush(Unpooled.wrappedBuffer(script.opening()), ctx.voidPromise());
        if (script.stepBytes() > 0 && left > 0) {
            trickle = ctx.executor().scheduleAtFixedRate(this::step, script.stepNanos(), script.stepNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void step() {
        int n = (int) Math.min(script.stepBytes(), left);
        left -= n;
        byte[] piece = new byte[n];
        Arrays.fill(piece, (byte) 'x');
        ctx.writeAndFlush(Unpooled.wrappedBuffer(piece), ctx.voidPromise());
        if (left == 0) {
            trickle.cancel(false);
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
        if (message instanceof HttpResponse response && status == 0) {
            status = response.status().code();
        }
        if (message instanceof HttpContent content) {
            responseBytes += content.content().readableBytes();
        }
        if (message instanceof LastHttpContent) {
            answered = true;
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closedNanos = System.nanoTime();
        if (trickle != null) {
            trickle.cancel(false);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
