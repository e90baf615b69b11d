package dev.peregrine.netty.internal;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;

/**
 * The socket transport: native epoll on Linux when its library loads, Java NIO otherwise.
 *
 * @param name {@code epoll} or {@code nio}, for the startup log
 * @param handlers the event loops' I/O handler
 * @param serverChannel the listening channel's class
 */
public record Transport(String name, IoHandlerFactory handlers, Class<? extends ServerChannel> serverChannel) {

    /** Epoll when {@code preferNative} and available, else NIO. */
    public static Transport choose(boolean preferNative) {
        if (preferNative && Epoll.isAvailable()) {
            return new Transport("epoll", EpollIoHandler.newFactory(), EpollServerSocketChannel.class);
        }
        return new Transport("nio", NioIoHandler.newFactory(), NioServerSocketChannel.class);
    }

    /** Why epoll is not used, for the startup log; {@code null} when it is. */
    public String whyNotNative(boolean preferNative) {
        if ("epoll".equals(name)) {
            return null;
        }
        if (!preferNative) {
            return "native transport turned off";
        }
        Throwable cause = Epoll.unavailabilityCause();
        return cause == null ? "epoll unavailable" : "epoll unavailable: " + cause.getMessage();
    }

    /** Event loops with threads named {@code peregrine-io-*}. */
    public EventLoopGroup newEventLoops(int threads) {
        return new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("peregrine-io"), handlers);
    }
}
