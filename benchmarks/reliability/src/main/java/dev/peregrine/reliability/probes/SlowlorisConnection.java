package dev.peregrine.reliability.probes;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A slowloris client: it sends the start of a request and then one more byte every few seconds,
 * never finishing: a header line that never ends, or a small body far below the server's minimum
 * rate. It notes whether the server cut it and whether with a 408. Event loop only.
 */
final class SlowlorisConnection extends ChannelInboundHandlerAdapter {

    /** What the client trickles. */
    enum Style {
        /** A request head, one header byte at a time. */
        HEADER("GET /plaintext HTTP/1.1\r\nHost: probe\r\nX-Slow: "),
        /** A complete head announcing a 10,000-byte body, then the body one byte at a time. */
        BODY("POST /echo HTTP/1.1\r\nHost: probe\r\nContent-Length: 10000\r\n\r\n");

        private final byte[] opening;

        Style(String opening) {
            this.opening = opening.getBytes(StandardCharsets.ISO_8859_1);
        }
    }

    private static final byte[] TIMEOUT_STATUS = "HTTP/1.1 408".getBytes(StandardCharsets.ISO_8859_1);

    private final SlowlorisCrowd crowd;
    private final Style style;
    private final long dripNanos;
    private ChannelHandlerContext ctx;
    private ScheduledFuture<?> drip;
    private long openedNanos;
    private boolean closedByClient;
    private boolean answered;
    private boolean answered408;

    SlowlorisConnection(SlowlorisCrowd crowd, Style style, long dripNanos) {
        this.crowd = crowd;
        this.style = style;
        this.dripNanos = dripNanos;
    }

    Style style() {
        return style;
    }

    long openedNanos() {
        return openedNanos;
    }

    boolean answered408() {
        return answered408;
    }

    boolean answered() {
        return answered;
    }

    /** Hangs up; the connection does not count as cut by the server. */
    void close() {
        closedByClient = true;
        ctx.close();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        openedNanos = System.nanoTime();
        ctx.writeAndFlush(Unpooled.wrappedBuffer(style.opening), ctx.voidPromise());
        drip = ctx.executor().scheduleAtFixedRate(
                () -> ctx.writeAndFlush(Unpooled.wrappedBuffer(new byte[] {'a'}), ctx.voidPromise()),
                dripNanos, dripNanos, TimeUnit.NANOSECONDS);
        crowd.onOpened(this);
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ByteBuf bytes = (ByteBuf) msg;
        if (!answered) {
            answered = true;
            answered408 = bytes.readableBytes() >= TIMEOUT_STATUS.length && ByteBufUtil.equals(bytes, bytes.readerIndex(),
                    Unpooled.wrappedBuffer(TIMEOUT_STATUS), 0, TIMEOUT_STATUS.length);
        }
        bytes.release();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (drip != null) {
            drip.cancel(false);
        }
        crowd.onClosed(this, !closedByClient, System.nanoTime() - openedNanos);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        // NOTE: a reset when the server cut the connection while a byte was on its way; it closes the same.
        ctx.close();
    }
}
