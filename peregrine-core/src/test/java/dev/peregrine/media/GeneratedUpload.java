package dev.peregrine.media;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A test body holding one file part of any size, generated as it is read: a form header, then
 * pseudo-random content (every byte value, CR and LF included), then a small text field and the
 * close delimiter. It remembers how far it has been read, to show how far a parser reads ahead.
 */
final class GeneratedUpload extends InputStream {

    static final String BOUNDARY = "----PeregrineLargeUpload7MA4YWxkTrZu0gW";

    private final byte[] head;
    private final byte[] tail;
    private final long contentLength;
    private long produced;

    GeneratedUpload(long contentLength) {
        this.contentLength = contentLength;
        this.head = ("--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"upload\"; filename=\"big.bin\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        this.tail = ("\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"after\"\r\n\r\n"
                + "still here\r\n"
                + "--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** The content byte at an index: a multiplicative hash of it, so any range can be re-made. */
    static byte contentByte(long index) {
        return (byte) ((index * 0x9E3779B97F4A7C15L) >>> 56);
    }

    /** The CRC-32 of the first {@code length} content bytes, computed without the parser. */
    static long contentChecksum(long length) {
        CRC32 crc = new CRC32();
        byte[] chunk = new byte[64 * 1024];
        for (long done = 0; done < length; ) {
            int count = (int) Math.min(chunk.length, length - done);
            for (int i = 0; i < count; i++) {
                chunk[i] = contentByte(done + i);
            }
            crc.update(chunk, 0, count);
            done += count;
        }
        return crc.getValue();
    }

    /** How many bytes of the body have been handed out so far. */
    long produced() {
        return produced;
    }

    /** The length of the form header before the content. */
    int headLength() {
        return head.length;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        long total = head.length + contentLength + tail.length;
        if (produced == total) {
            return -1;
        }
        int count = (int) Math.min(length, total - produced);
        for (int i = 0; i < count; i++) {
            target[offset + i] = byteAt(produced + i);
        }
        produced += count;
        return count;
    }

    private byte byteAt(long index) {
        if (index < head.length) {
            return head[(int) index];
        }
        long contentIndex = index - head.length;
        if (contentIndex < contentLength) {
            return contentByte(contentIndex);
        }
        return tail[(int) (contentIndex - contentLength)];
    }
}
