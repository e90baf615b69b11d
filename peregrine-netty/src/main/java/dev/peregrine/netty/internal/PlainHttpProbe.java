package dev.peregrine.netty.internal;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;

/**
 * Looks at the first byte of a connection to a TLS port: a client speaking plain HTTP (one that
 * was given an {@code http://} URL) gets a 400 that says to use {@code https://}, like nginx's,
 * instead of a connection closed without a word. Then it leaves the pipeline.
 *
 * <p>NOTE: every TLS connection starts with a record whose first byte is its content type, 20 to
 * 24 (a ClientHello is 22), or, for an old SSLv2-style hello, a byte with the high bit set; every
 * HTTP request starts with its method, a token in capital letters. Anything else goes to the TLS
 * handler, which closes the connection.
 */
@ChannelHandler.Sharable
final class PlainHttpProbe extends ChannelInboundHandlerAdapter {

    /** The user event that tells the connection its client speaks plain HTTP. */
    static final Object PLAIN_HTTP = new Object() {
        @Override
        public String toString() {
            return "PLAIN_HTTP";
        }
    };

    static final PlainHttpProbe INSTANCE = new PlainHttpProbe();

    private PlainHttpProbe() {
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf bytes) || !bytes.isReadable()) {
            ctx.fireChannelRead(msg);
            return;
        }
        byte first = bytes.getByte(bytes.readerIndex());
        if (first >= 'A' && first <= 'Z') {
            // NOTE: the request's bytes are dropped: the connection answers 400 and closes without
            // parsing them, as it does a head that never ended.
            ReferenceCountUtil.release(msg);
            ctx.pipeline().remove(SslHandler.class);
            ctx.pipeline().remove(this);
            ctx.fireUserEventTriggered(PLAIN_HTTP);
        } else {
            ctx.pipeline().remove(this);
            ctx.fireChannelRead(msg);
        }
    }
}
