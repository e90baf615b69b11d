package dev.peregrine.internal.compression;

import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * What one gzip encoding needs (RFC 1952): a raw deflater, the CRC-32 of the input and a buffer,
 * reused from one response to the next through a {@link GzipEncoderPool}. The gzip member around
 * the deflate data is ten bytes of header and eight of trailer, written here.
 *
 * <p>NOTE: {@code GZIPOutputStream} would frame the data for us but makes a new {@code Deflater}
 * per stream, which is a native zlib state of about 256 KiB allocated and freed per response;
 * the JDK's raw {@code Deflater} (the same zlib) with a reused state costs nothing of the kind.
 */
public final class GzipEncoder {

    /** The member header: magic, deflate, no flags, no time, no extra flags, unknown OS (RFC 1952 §2.3). */
    static final byte[] HEADER = {0x1f, (byte) 0x8b, Deflater.DEFLATED, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    /** CRC-32 and input size, both little-endian. */
    static final int TRAILER_LENGTH = 8;

    private static final int BUFFER_SIZE = 16 * 1024;
    /** A buffer grown past this for one large body is not kept for the next. */
    private static final int MAX_KEPT_BUFFER = 256 * 1024;

    final Deflater deflater;
    final CRC32 crc = new CRC32();
    byte[] buffer = new byte[BUFFER_SIZE];

    GzipEncoder(int level) {
        this.deflater = new Deflater(level, true);
    }

    /** {@code content} as one gzip member, in a new array of exactly its length. */
    byte[] encode(byte[] content) {
        crc.update(content);
        deflater.setInput(content);
        deflater.finish();
        int length = 0;
        while (!deflater.finished()) {
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            length += deflater.deflate(buffer, length, buffer.length - length);
        }
        byte[] member = new byte[HEADER.length + length + TRAILER_LENGTH];
        System.arraycopy(HEADER, 0, member, 0, HEADER.length);
        System.arraycopy(buffer, 0, member, HEADER.length, length);
        writeTrailer(member, HEADER.length + length);
        return member;
    }

    /** Writes the trailer of what was encoded so far at {@code offset}. */
    void writeTrailer(byte[] target, int offset) {
        writeLittleEndian(target, offset, (int) crc.getValue());
        // NOTE: ISIZE is the input's length modulo 2^32, as RFC 1952 defines it.
        writeLittleEndian(target, offset + 4, (int) deflater.getBytesRead());
    }

    /** Makes this ready for the next body; false when a grown buffer makes it not worth keeping. */
    boolean reset() {
        deflater.reset();
        crc.reset();
        return buffer.length <= MAX_KEPT_BUFFER;
    }

    /** Frees the native state at once rather than when the collector finds it. */
    void end() {
        deflater.end();
    }

    private static void writeLittleEndian(byte[] target, int offset, int value) {
        target[offset] = (byte) value;
        target[offset + 1] = (byte) (value >>> 8);
        target[offset + 2] = (byte) (value >>> 16);
        target[offset + 3] = (byte) (value >>> 24);
    }
}
