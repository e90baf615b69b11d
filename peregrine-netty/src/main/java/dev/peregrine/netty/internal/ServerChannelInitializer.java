package dev.peregrine.netty.internal;

import dev.peregrine.netty.ServerSettings;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.handler.codec.http.HttpResponseEncoder;

/**
 * Builds each connection's pipeline: the traffic counter when the server has observers, the read switch and the timeouts (both watching raw bytes),
 * Netty's HTTP/1.1 decoder with the configured limits, its encoder, and the connection that serves
 * the app.
 */
public final class ServerChannelInitializer extends ChannelInitializer<SocketChannel> {

    /** Body pieces the decoder hands over at most at once; larger pieces mean fewer events per upload. */
    private static final int MAX_CONTENT_PIECE = 64 * 1024;

    private final ServerContext server;
    private final HttpDecoderConfig decoderConfig;
    /** Counts each connection's bytes for the observers; {@code null} without observers. */
    private final TrafficCounter traffic;

    /** Pipelines for the connections of {@code server}. */
    public ServerChannelInitializer(ServerContext server) {
        this.server = server;
        ServerSettings settings = server.settings;
        this.decoderConfig = new HttpDecoderConfig()
                .setMaxInitialLineLength(settings.maxRequestLineLength())
                .setMaxHeaderSize(settings.maxHeaderSize())
                .setMaxChunkSize(MAX_CONTENT_PIECE)
                .setValidateHeaders(true)
                .setAllowDuplicateContentLengths(false)
                .setAllowPartialChunks(true);
        this.traffic = server.observer == null ? null : new TrafficCounter(server.observer);
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ConnectionTimeouts timeouts = new ConnectionTimeouts(server.settings);
        ReadSwitch reads = new ReadSwitch(timeouts);
        ChannelPipeline pipeline = channel.pipeline();
        if (traffic != null) {
            pipeline.addLast("traffic", traffic);
        }
        pipeline.addLast("reads", reads);
        pipeline.addLast("timeouts", timeouts);
        pipeline.addLast("decoder", new HttpRequestDecoder(decoderConfig.clone()));
        pipeline.addLast("encoder", new HttpResponseEncoder());
        pipeline.addLast("connection", new HttpConnection(server, timeouts, reads));
    }
}
