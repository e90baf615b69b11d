package dev.peregrine.reliability.probes;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * A keep-alive connection of a {@link DrainLoad}: sends a request, waits for its answer, sends the
 * next, until an answer says close or the connection ends. Event loop only.
 */
final class DrainConnection extends SimpleChannelInboundHandler<HttpObject> {

    private final DrainLoad load;
    private ChannelHandlerContext ctx;
    private RequestKind kind;
    private boolean busy;
    private long sentNanos;
    private long lastAnswerNanos;
    private int answers;
    private int status;
    private boolean keepAlive;
    private long bodyBytes;

    DrainConnection(DrainLoad load) {
        this.load = load;
    }

    boolean busy() {
        return busy;
    }

    void close() {
        ctx.close();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        sendNext();
    }

    private void sendNext() {
        kind = load.nextKind();
        busy = true;
        sentNanos = System.nanoTime();
        ctx.writeAndFlush(Unpooled.wrappedBuffer(kind.bytes()), ctx.voidPromise());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
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
            answers++;
            lastAnswerNanos = System.nanoTime();
            load.onAnswer(kind, status, keepAlive, bodyBytes);
            if (keepAlive && load.running()) {
                sendNext();
            } else {
                ctx.close();
            }
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        if (busy) {
            busy = false;
            load.onLost(kind, answers, sentNanos - lastAnswerNanos, System.nanoTime() - sentNanos);
        }
        load.onClosed(this);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
