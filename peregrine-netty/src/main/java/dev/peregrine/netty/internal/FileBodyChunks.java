package dev.peregrine.netty.internal;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.stream.ChunkedNioFile;
import io.netty.handler.stream.ChunkedWriteHandler;
import java.io.IOException;

/**
 * On TLS connections, turns a file body into chunks that {@link ChunkedWriteHandler} (next in the
 * pipeline towards the socket) reads from the file as the client takes them. TLS must encrypt
 * every byte, so a file cannot go from the page cache to the socket as on plain connections.
 *
 * <p>The chunks are read positionally from the core's open file, which may be shared, and the
 * region is released, not closed, once sent or dropped.
 */
@ChannelHandler.Sharable
final class FileBodyChunks extends ChannelOutboundHandlerAdapter {

    static final FileBodyChunks INSTANCE = new FileBodyChunks();

    /** One TLS record's worth of plaintext: each chunk is encrypted into one record. */
    private static final int CHUNK = 16 * 1024;

    private FileBodyChunks() {
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (!(msg instanceof ReleasingFileRegion region)) {
            ctx.write(msg, promise);
            return;
        }
        RegionChunks chunks;
        try {
            chunks = new RegionChunks(region);
        } catch (IOException closed) {
            region.release();
            promise.setFailure(closed);
            return;
        }
        ctx.write(chunks, promise);
    }

    /** The chunks of one region; closing them releases the region instead of closing the file. */
    private static final class RegionChunks extends ChunkedNioFile {

        private final ReleasingFileRegion region;

        RegionChunks(ReleasingFileRegion region) throws IOException {
            super(region.body().channel(), region.body().position(), region.body().count(), CHUNK);
            this.region = region;
        }

        @Override
        public void close() {
            if (region.refCnt() > 0) {
                region.release();
            }
        }
    }
}
