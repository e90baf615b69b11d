package dev.peregrine.reliability.probes;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * The probes' client side: non-blocking connections on a few event-loop threads (epoll where the
 * platform has it), so thousands of slow or idle clients need no thread each.
 */
final class ClientLoop implements AutoCloseable {

    private final EventLoopGroup group;
    private final Class<? extends Channel> channelType;

    ClientLoop(int threads) {
        if (Epoll.isAvailable()) {
            group = new MultiThreadIoEventLoopGroup(threads, EpollIoHandler.newFactory());
            channelType = EpollSocketChannel.class;
        } else {
            group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
            channelType = NioSocketChannel.class;
        }
    }

    /** One of the loop's threads, for a client whose state must stay on one thread. */
    EventLoop next() {
        return group.next();
    }

    /** A bootstrap for connections on {@code loop}, with Nagle off; set a handler and connect. */
    Bootstrap bootstrap(EventLoop loop) {
        return new Bootstrap().group(loop).channel(channelType)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 10_000);
    }

    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
