package dev.peregrine.internal.compression;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

/**
 * Writes gzip-encoded into a sink: the header at once, deflate data as it is written, the
 * trailer on close. How body writers are compressed. {@link #flush()} sync-flushes the deflater,
 * so everything written so far reaches the client decodable (a writer that flushes means it).
 */
public final class GzipOutputStream extends OutputStream {

    private final OutputStream sink;
    private final GzipEncoderPool pool;
    private final byte[] single = new byte[1];
    private GzipEncoder encoder;

    /**
     * Starts a gzip member in {@code sink} with an encoder from {@code pool}.
     *
     * @throws IOException when writing the header fails
     */
    public GzipOutputStream(OutputStream sink, GzipEncoderPool pool) throws IOException {
        this.sink = sink;
        this.pool = pool;
        this.encoder = pool.take();
        try {
            sink.write(GzipEncoder.HEADER);
        } catch (IOException | RuntimeException e) {
            pool.giveBack(encoder);
            encoder = null;
            throw e;
        }
    }

    @Override
    public void write(int b) throws IOException {
        single[0] = (byte) b;
        write(single, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        GzipEncoder open = open();
        open.crc.update(bytes, offset, length);
        open.deflater.setInput(bytes, offset, length);
        // NOTE: deflate until the deflater has taken all of it, since it holds on to the caller's array.
        while (!open.deflater.needsInput()) {
            drain(open, Deflater.NO_FLUSH);
        }
    }

    @Override
    public void flush() throws IOException {
        GzipEncoder open = open();
        while (drain(open, Deflater.SYNC_FLUSH) == open.buffer.length) {
            // NOTE: a full buffer may leave more of the flush to come.
        }
        sink.flush();
    }

    /** Ends the member (the rest of the deflate data and the trailer), gives the encoder back and closes the sink. */
    @Override
    public void close() throws IOException {
        GzipEncoder open = encoder;
        if (open == null) {
            return;
        }
        try {
            open.deflater.finish();
            while (!open.deflater.finished()) {
                drain(open, Deflater.NO_FLUSH);
            }
            byte[] trailer = new byte[GzipEncoder.TRAILER_LENGTH];
            open.writeTrailer(trailer, 0);
            sink.write(trailer);
        } finally {
            encoder = null;
            pool.giveBack(open);
            sink.close();
        }
    }

    private int drain(GzipEncoder open, int flushMode) throws IOException {
        int deflated = open.deflater.deflate(open.buffer, 0, open.buffer.length, flushMode);
        if (deflated > 0) {
            sink.write(open.buffer, 0, deflated);
        }
        return deflated;
    }

    private GzipEncoder open() throws IOException {
        if (encoder == null) {
            throw new IOException("The gzip stream is closed");
        }
        return encoder;
    }
}
