package dev.peregrine.internal.compression;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.Deflater;

/**
 * Reads a source stream gzip-encoded: the header, the deflate data as the source yields it, then
 * the trailer. How stream and file bodies are compressed; closing it closes the source and gives
 * the encoder back.
 */
public final class GzipInputStream extends InputStream {

    private final InputStream source;
    private final GzipEncoderPool pool;
    private final byte[] single = new byte[1];
    private GzipEncoder encoder;
    private int headerRead;
    /** The trailer, once the deflate data has all been read; {@code null} until then. */
    private byte[] trailer;
    private int trailerRead;

    /** {@code source}, gzip-encoded with an encoder from {@code pool}. */
    public GzipInputStream(InputStream source, GzipEncoderPool pool) {
        this.source = source;
        this.pool = pool;
        this.encoder = pool.take();
    }

    @Override
    public int read() throws IOException {
        return read(single, 0, 1) < 0 ? -1 : single[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (encoder == null) {
            throw new IOException("The gzip stream is closed");
        }
        if (headerRead < GzipEncoder.HEADER.length) {
            int count = Math.min(GzipEncoder.HEADER.length - headerRead, length);
            System.arraycopy(GzipEncoder.HEADER, headerRead, target, offset, count);
            headerRead += count;
            return count;
        }
        if (trailer == null) {
            int deflated = deflate(target, offset, length);
            if (deflated > 0) {
                return deflated;
            }
            trailer = new byte[GzipEncoder.TRAILER_LENGTH];
            encoder.writeTrailer(trailer, 0);
        }
        if (trailerRead == trailer.length) {
            return -1;
        }
        int count = Math.min(trailer.length - trailerRead, length);
        System.arraycopy(trailer, trailerRead, target, offset, count);
        trailerRead += count;
        return count;
    }

    /** Deflate data into {@code target}, reading the source as the deflater needs it; 0 once it has all been read. */
    private int deflate(byte[] target, int offset, int length) throws IOException {
        Deflater deflater = encoder.deflater;
        while (!deflater.finished()) {
            if (deflater.needsInput()) {
                int read = source.read(encoder.buffer);
                if (read < 0) {
                    deflater.finish();
                } else {
                    encoder.crc.update(encoder.buffer, 0, read);
                    deflater.setInput(encoder.buffer, 0, read);
                }
            }
            int deflated = deflater.deflate(target, offset, length);
            if (deflated > 0) {
                return deflated;
            }
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        if (encoder != null) {
            pool.giveBack(encoder);
            encoder = null;
        }
        source.close();
    }
}
