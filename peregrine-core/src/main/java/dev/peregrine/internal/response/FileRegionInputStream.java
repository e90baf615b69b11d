package dev.peregrine.internal.response;

import dev.peregrine.FileRegionBody;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * The bytes of a {@link FileRegionBody} as a stream, for servers that send streams: positional
 * reads only, so any number of these may read one shared channel at once. Closing it releases the
 * region.
 */
public final class FileRegionInputStream extends InputStream {

    private final FileRegionBody region;
    private final long end;
    private long position;
    private boolean closed;
    private byte[] lastArray;
    private ByteBuffer lastBuffer;

    /** A stream over {@code region}, from its first byte. */
    public FileRegionInputStream(FileRegionBody region) {
        this.region = region;
        this.position = region.position();
        this.end = region.position() + region.count();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, bytes.length);
        if (closed) {
            throw new IOException("The file body stream is closed");
        }
        if (length == 0) {
            return 0;
        }
        long remaining = end - position;
        if (remaining <= 0) {
            return -1;
        }
        int wanted = (int) Math.min(length, remaining);
        int read = readAt(buffer(bytes, offset, wanted), position);
        if (read < 0) {
            throw new EOFException("The file ended " + (end - position) + " bytes before the response body did;"
                    + " it was truncated while being sent");
        }
        position += read;
        return read;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, end - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int available() {
        return (int) Math.min(Integer.MAX_VALUE, end - position);
    }

    /** Releases the region; the stream can no longer be read. */
    @Override
    public void close() {
        closed = true;
        region.release();
    }

    private ByteBuffer buffer(byte[] bytes, int offset, int length) {
        // PERF: copy loops pass the same array every time; wrap it once instead of per read.
        if (bytes != lastArray) {
            lastArray = bytes;
            lastBuffer = ByteBuffer.wrap(bytes);
        }
        return lastBuffer.limit(offset + length).position(offset);
    }

    private int readAt(ByteBuffer target, long at) throws IOException {
        // NOTE: a FileChannel closes itself for everyone when a thread with a pending interrupt
        // reads it; the channel may be shared, so the interrupt waits until this read is done.
        boolean interrupted = Thread.interrupted();
        try {
            return region.channel().read(target, at);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
