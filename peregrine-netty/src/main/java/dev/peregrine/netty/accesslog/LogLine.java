package dev.peregrine.netty.accesslog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The bytes of one access log line as it is formatted, reused from line to line by the one thread
 * that formats into it (the writer thread, or the request thread holding the synchronous log's
 * lock). Strings from the request are appended as their formats escape them; this class only
 * appends what it is given.
 */
final class LogLine {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    // PERF: one buffer per formatting thread, grown when a line needs it and then kept, so a
    // line costs no allocation once the buffer has reached the longest line's size.
    private byte[] bytes = new byte[1024];
    private int length;

    /** Empties the line for the next one. */
    void reset() {
        length = 0;
    }

    /** The buffer; its first {@link #length()} bytes are the line. */
    byte[] bytes() {
        return bytes;
    }

    /** How many bytes the line has. */
    int length() {
        return length;
    }

    /** Appends one byte (an ASCII character, or one byte of an encoded one). */
    LogLine append(int b) {
        if (length == bytes.length) {
            grow(1);
        }
        bytes[length++] = (byte) b;
        return this;
    }

    /** Appends text known to be ASCII: the format's own punctuation and names. */
    LogLine ascii(String text) {
        int count = text.length();
        if (length + count > bytes.length) {
            grow(count);
        }
        for (int i = 0; i < count; i++) {
            bytes[length++] = (byte) text.charAt(i);
        }
        return this;
    }

    /** Appends {@code count} bytes of {@code source} from {@code offset}. */
    LogLine append(byte[] source, int offset, int count) {
        if (length + count > bytes.length) {
            grow(count);
        }
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
        return this;
    }

    /** Appends a non-negative number in decimal. */
    LogLine decimal(long value) {
        if (value < 10) {
            return append('0' + (int) value);
        }
        int digits = 1;
        for (long rest = value / 10; rest > 0; rest /= 10) {
            digits++;
        }
        if (length + digits > bytes.length) {
            grow(digits);
        }
        int end = length + digits;
        for (int i = end - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length = end;
        return this;
    }

    /** Appends a number from 0 to 10^{@code width} - 1 with leading zeros to {@code width} digits. */
    LogLine padded(int value, int width) {
        if (length + width > bytes.length) {
            grow(width);
        }
        for (int i = length + width - 1; i >= length; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        length += width;
        return this;
    }

    /** Appends the two lower-case hex digits of the byte {@code b}. */
    LogLine hex(int b) {
        return append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }

    /**
     * Appends the UTF-8 encoding of the code point of {@code text} at {@code index}, each byte as
     * {@code \xHH} when {@code escaped}; returns the index after the code point. A lone
     * surrogate is written as {@code ?}.
     */
    int utf8(String text, int index, boolean escaped) {
        char c = text.charAt(index);
        int codePoint = c;
        int next = index + 1;
        if (Character.isHighSurrogate(c) && next < text.length() && Character.isLowSurrogate(text.charAt(next))) {
            codePoint = Character.toCodePoint(c, text.charAt(next));
            next++;
        } else if (Character.isSurrogate(c)) {
            codePoint = '?';
        }
        if (codePoint < 0x80) {
            put(codePoint, escaped);
        } else if (codePoint < 0x800) {
            put(0xC0 | codePoint >> 6, escaped);
            put(0x80 | codePoint & 0x3F, escaped);
        } else if (codePoint < 0x10000) {
            put(0xE0 | codePoint >> 12, escaped);
            put(0x80 | codePoint >> 6 & 0x3F, escaped);
            put(0x80 | codePoint & 0x3F, escaped);
        } else {
            put(0xF0 | codePoint >> 18, escaped);
            put(0x80 | codePoint >> 12 & 0x3F, escaped);
            put(0x80 | codePoint >> 6 & 0x3F, escaped);
            put(0x80 | codePoint & 0x3F, escaped);
        }
        return next;
    }

    private void put(int b, boolean escaped) {
        if (escaped) {
            append('\\').append('x').hex(b);
        } else {
            append(b);
        }
    }

    private void grow(int needed) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + needed));
    }
}
