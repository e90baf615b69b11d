package dev.peregrine.netty.internal;

import dev.peregrine.netty.ServerObserver;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.FileRegion;

/**
 * Tells the server's observers how many bytes each connection reads and writes, as they cross
 * the socket (framing and headers included; on TLS connections, the HTTP bytes before encryption,
 * so plain and TLS connections count alike). In the pipeline only when the server has observers.
 */
@ChannelHandler.Sharable
final class TrafficCounter extends ChannelDuplexHandler {

    private final ServerObserver observer;

    TrafficCounter(ServerObserver observer) {
        this.observer = observer;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof ByteBuf bytes) {
            observer.bytesRead(bytes.readableBytes());
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof ByteBuf bytes) {
            observer.bytesWritten(bytes.readableBytes());
        } else if (msg instanceof FileRegion region) {
            observer.bytesWritten(region.count());
        }
        ctx.write(msg, promise);
    }
}
