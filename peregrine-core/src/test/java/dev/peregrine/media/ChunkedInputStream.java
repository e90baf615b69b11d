package dev.peregrine.media;

import java.io.InputStream;

/**
 * A test body that hands out its bytes in chunks of the given sizes, in turn, however many bytes
 * a reader asks for, so that delimiters and headers are split across reads.
 */
public final class ChunkedInputStream extends InputStream {

    private final byte[] data;
    private final int[] chunkSizes;
    private int position;
    private int nextChunk;

    /** A body of {@code data} returned in reads of {@code chunkSizes[0]}, {@code chunkSizes[1]}, ... bytes. */
    public ChunkedInputStream(byte[] data, int... chunkSizes) {
        this.data = data;
        this.chunkSizes = chunkSizes;
    }

    @Override
    public int read() {
        return position < data.length ? data[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        if (position == data.length) {
            return -1;
        }
        int chunk = chunkSizes[nextChunk];
        nextChunk = (nextChunk + 1) % chunkSizes.length;
        int count = Math.min(Math.min(chunk, length), data.length - position);
        System.arraycopy(data, position, target, offset, count);
        position += count;
        return count;
    }
}
