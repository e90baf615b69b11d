package dev.peregrine.netty.internal;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.codec.http.DefaultHttpContent;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The stream a {@code BodyWriter} writes a response body to: bytes gather into chunks of up to
 * 16 KiB that go out through the connection's outbox, each waiting while the client is behind,
 * and {@link #flush()} sends what has gathered at once. Once the client has gone, every write
 * fails. Worker thread only.
 */
final class OutboxOutputStream extends OutputStream {

    private static final int CHUNK = 16 * 1024;

    private final Outbox outbox;
    private final ByteBufAllocator alloc;
    private final long declared;
    private long written;
    private ByteBuf chunk;

    /** A stream for a body of {@code declared} bytes, or of unknown length when -1. */
    OutboxOutputStream(Outbox outbox, ByteBufAllocator alloc, long declared) {
        this.outbox = outbox;
        this.alloc = alloc;
        this.declared = declared;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (declared >= 0 && written + length > declared) {
            throw new IOException("The body writer wrote more than the " + declared + " bytes it declared");
        }
        written += length;
        while (length > 0) {
            if (chunk == null) {
                chunk = alloc.heapBuffer(CHUNK, CHUNK);
            }
            int n = Math.min(length, chunk.writableBytes());
            chunk.writeBytes(bytes, offset, n);
            offset += n;
            length -= n;
            if (!chunk.isWritable()) {
                send();
            }
        }
    }

    @Override
    public void flush() throws IOException {
        if (chunk != null && chunk.isReadable()) {
            send();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            flush();
        } finally {
            if (chunk != null) {
                chunk.release();
                chunk = null;
            }
        }
    }

    /** Bytes written so far. */
    long written() {
        return written;
    }

    private void send() throws IOException {
        ByteBuf full = chunk;
        chunk = null;
        try {
            outbox.awaitWritable();
        } catch (IOException gone) {
            full.release();
            throw gone;
        }
        outbox.post(new DefaultHttpContent(full));
    }
}
