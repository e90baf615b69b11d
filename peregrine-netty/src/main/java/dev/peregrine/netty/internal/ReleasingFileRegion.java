package dev.peregrine.netty.internal;

import dev.peregrine.FileRegionBody;
import io.netty.channel.DefaultFileRegion;

/**
 * A file body sent zero-copy (sendfile on epoll, {@code transferTo} on NIO) that hands the file
 * back to the core when Netty is done with it, instead of closing it.
 *
 * <p>PERF: the channel usually belongs to the core's open-file cache and is shared by other
 * responses; {@link DefaultFileRegion} would close it on release. Transfers are positional, so
 * sharing the channel is safe.
 */
final class ReleasingFileRegion extends DefaultFileRegion {

    private final FileRegionBody body;

    ReleasingFileRegion(FileRegionBody body) {
        super(body.channel(), body.position(), body.count());
        this.body = body;
    }

    /** The core's region this sends. */
    FileRegionBody body() {
        return body;
    }

    @Override
    protected void deallocate() {
        body.release();
    }
}
