package dev.peregrine.benchmarks.peers.netty;

import dev.peregrine.benchmarks.peers.model.PeerPort;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpServerCodec;

/**
 * The raw Netty peer: epoll, {@link HttpServerCodec} and one hand-written handler, nothing else.
 * It is the JVM ceiling the other peers are measured against, so it does only what the contract
 * needs. One event loop per available processor, as Peregrine's server uses by default.
 */
public final class NettyPeer {

    private NettyPeer() {
    }

    /** Serves the peer endpoints on 127.0.0.1 at the port given as the only argument, until killed. */
    public static void main(String[] args) throws InterruptedException {
        int port = PeerPort.fromArgs(args, "netty peer");
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(
                Runtime.getRuntime().availableProcessors(), EpollIoHandler.newFactory());
        try {
            Channel server = new ServerBootstrap()
                    .group(group)
                    .channel(EpollServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new ChannelInitializer<SocketChannel>() {
                        @Override
                        protected void initChannel(SocketChannel channel) {
                            channel.pipeline().addLast(new HttpServerCodec(), new PeerHandler());
                        }
                    })
                    .bind(PeerPort.HOST, port).sync().channel();
            System.err.println("netty peer listening on http://" + PeerPort.HOST + ":" + port + "/");
            server.closeFuture().sync();
        } finally {
            group.shutdownGracefully();
        }
    }
}
