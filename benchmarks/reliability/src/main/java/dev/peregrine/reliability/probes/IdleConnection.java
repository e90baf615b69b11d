package dev.peregrine.reliability.probes;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.LastHttpContent;
import java.nio.charset.StandardCharsets;

/** A keep-alive connection that makes one request and then stays idle. Event loop only. */
final class IdleConnection extends SimpleChannelInboundHandler<HttpObject> {

    private static final byte[] REQUEST = "GET /plaintext HTTP/1.1\r\nHost: probe\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);

    private final IdleCrowd crowd;
    private ChannelHandlerContext ctx;
    private int status;
    private boolean closedByClient;
    private boolean answered;

    IdleConnection(IdleCrowd crowd) {
        this.crowd = crowd;
    }

    /** Whether its one request was answered. */
    boolean answered() {
        return answered;
    }

    void close() {
        closedByClient = true;
        ctx.close();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        this.ctx = ctx;
        ctx.writeAndFlush(Unpooled.wrappedBuffer(REQUEST), ctx.voidPromise());
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, HttpObject message) {
        if (message instanceof HttpResponse response) {
            status = response.status().code();
        }
        if (message instanceof LastHttpContent && !answered) {
            answered = true;
            crowd.onAnswered(this, status);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        crowd.onClosed(this, !closedByClient);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ctx.close();
    }
}
