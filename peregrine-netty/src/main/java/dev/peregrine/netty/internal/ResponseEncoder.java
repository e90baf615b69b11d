package dev.peregrine.netty.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.HttpResponseEncoder;

/**
 * Netty's response encoder, which also encodes a {@link WholeResponse} itself, straight into one
 * buffer from the channel's allocator. Heads of bodies sent in pieces, their chunks and the
 * interim {@code 100 Continue} are Netty's objects, encoded by Netty.
 */
final class ResponseEncoder extends HttpResponseEncoder {

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) throws Exception {
        if (msg instanceof WholeResponse whole) {
            ctx.write(whole.encode(ctx.alloc()), promise);
            return;
        }
        super.write(ctx, msg, promise);
    }
}
