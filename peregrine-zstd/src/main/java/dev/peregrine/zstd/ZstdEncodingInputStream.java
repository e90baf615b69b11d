package dev.peregrine.zstd;

import com.github.luben.zstd.ZstdOutputStreamNoFinalizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The zstd encoding of a stream, produced as it is read: reads a piece of the content, pushes it
 * through zstd-jni's encoder into a buffer, and hands out the buffer. zstd-jni encodes only what
 * is written to it, so this turns its push into the pull a response stream needs.
 */
final class ZstdEncodingInputStream extends InputStream {

    private static final int PIECE = 16 * 1024;

    private final InputStream content;
    private final Buffer encoded = new Buffer();
    private final ZstdOutputStreamNoFinalizer encoder;
    private final byte[] piece = new byte[PIECE];
    private int position;
    private boolean ended;

    ZstdEncodingInputStream(InputStream content, int level) {
        this.content = content;
        try {
            this.encoder = new ZstdOutputStreamNoFinalizer(encoded, level);
            encoder.setChecksum(true);
        } catch (IOException e) {
            throw new IllegalStateException("zstd-jni could not start an encoder", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == encoded.size()) {
            if (ended) {
                return -1;
            }
            encoded.reset();
            position = 0;
            int read = content.read(piece);
            if (read < 0) {
                ended = true;
                encoder.close();
            } else {
                encoder.write(piece, 0, read);
            }
        }
        int count = Math.min(length, encoded.size() - position);
        System.arraycopy(encoded.bytes(), position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public void close() throws IOException {
        try (content) {
            if (!ended) {
                ended = true;
                encoder.close();
            }
        }
    }

    /** A byte buffer whose array is read in place. */
    private static final class Buffer extends ByteArrayOutputStream {

        byte[] bytes() {
            return buf;
        }
    }
}
