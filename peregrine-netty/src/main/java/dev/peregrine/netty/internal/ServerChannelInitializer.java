package dev.peregrine.netty.internal;

import dev.peregrine.netty.ServerSettings;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.stream.ChunkedWriteHandler;

/**
 * Builds each connection's pipeline: on a TLS server the plain-HTTP probe and the TLS handler
 * first, then the traffic counter when the server has observers, the read switch and the
 * timeouts (all three seeing the connection's HTTP bytes, decrypted), Netty's HTTP/1.1 decoder
 * with the configured limits, its encoder, on a TLS server the file-body chunking, and the
 * connection that serves the app.
 *
 * <p>NOTE: behind TLS the protections against slow clients hold as on plain connections: the
 * header-read timeout starts with the connection, so it covers the handshake; the outbound limit
 * counts the encrypted bytes waiting for the socket and the plaintext the TLS handler holds; the
 * write timeout watches the same outbound buffer.
 */
public final class ServerChannelInitializer extends ChannelInitializer<SocketChannel> {

    /** Body pieces the decoder hands over at most at once; larger pieces mean fewer events per upload. */
    private static final int MAX_CONTENT_PIECE = 64 * 1024;

    private final ServerContext server;
    private final HttpDecoderConfig decoderConfig;
    /** Counts each connection's bytes for the observers; {@code null} without observers. */
    private final TrafficCounter traffic;
    /** The TLS of new connections; {@code null} for plain HTTP, whose pipelines then have none of its handlers. */
    private final ServerTls tls;

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
        this.tls = server.tls;
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        ConnectionTimeouts timeouts = new ConnectionTimeouts(server.settings);
        ReadSwitch reads = new ReadSwitch(timeouts);
        ChannelPipeline pipeline = channel.pipeline();
        if (tls != null) {
            pipeline.addLast("plain-http", PlainHttpProbe.INSTANCE);
            pipeline.addLast("tls", tls.newHandler(channel));
        }
        if (traffic != null) {
            pipeline.addLast("traffic", traffic);
        }
        pipeline.addLast("reads", reads);
        pipeline.addLast("timeouts", timeouts);
        RequestDecoder decoder = new RequestDecoder(decoderConfig.clone());
        pipeline.addLast("decoder", decoder);
        pipeline.addLast("encoder", new ResponseEncoder());
        if (tls != null) {
            pipeline.addLast("chunked-writes", new ChunkedWriteHandler());
            pipeline.addLast("file-bodies", FileBodyChunks.INSTANCE);
        }
        pipeline.addLast("connection", new HttpConnection(server, timeouts, reads, decoder));
    }
}
