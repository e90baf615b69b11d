package dev.peregrine.compression;

import dev.peregrine.internal.compression.GzipEncoderPool;
import dev.peregrine.internal.compression.GzipInputStream;
import dev.peregrine.internal.compression.GzipOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code gzip} coding (RFC 1952), with the JDK's zlib: understood by every HTTP client.
 * Encoders are kept in a small pool and reused, so a compressed response allocates its output
 * and no compressor state.
 *
 * <p>Level 1, the default, is the fastest: on a 76 KiB JSON listing it adds about 160 µs of CPU
 * per response against level 6's 570 µs, for output 10% larger (both about an eighth of the
 * original; see {@code benchmarks/results/2026-12-06-compression}).
 */
public final class GzipCoding implements ContentCoding {

    /** The level of {@link #defaults()}: fastest, as nginx's {@code gzip_comp_level} default. */
    public static final int DEFAULT_LEVEL = 1;

    private static final GzipCoding DEFAULTS = new GzipCoding(DEFAULT_LEVEL);

    private final int level;
    private final GzipEncoderPool encoders;

    private GzipCoding(int level) {
        this.level = level;
        // NOTE: about as many encoders as threads can compress at once; more are made when needed,
        // for bodies written slowly, and ended when given back to a full pool.
        this.encoders = new GzipEncoderPool(level, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    }

    /** gzip at {@link #DEFAULT_LEVEL}. */
    public static GzipCoding defaults() {
        return DEFAULTS;
    }

    /**
     * gzip at a deflate level from 1 (fastest) to 9 (smallest).
     *
     * @throws IllegalArgumentException when {@code level} is outside 1 to 9
     */
    public static GzipCoding level(int level) {
        if (level < 1 || level > 9) {
            throw new IllegalArgumentException("A gzip level is 1 (fastest) to 9 (smallest), not " + level
                    + "; use " + DEFAULT_LEVEL + " unless a measurement says otherwise");
        }
        return level == DEFAULT_LEVEL ? DEFAULTS : new GzipCoding(level);
    }

    /** The deflate level, 1 to 9. */
    public int compressionLevel() {
        return level;
    }

    /** {@code gzip}. */
    @Override
    public String name() {
        return "gzip";
    }

    @Override
    public byte[] encode(byte[] content) {
        return encoders.encode(content);
    }

    @Override
    public InputStream encode(InputStream content) {
        return new GzipInputStream(content, encoders);
    }

    @Override
    public OutputStream encode(OutputStream sink) throws IOException {
        return new GzipOutputStream(sink, encoders);
    }

    @Override
    public String toString() {
        return "gzip level " + level;
    }
}
