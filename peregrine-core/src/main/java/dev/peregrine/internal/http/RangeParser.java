package dev.peregrine.internal.http;

import dev.peregrine.ByteRange;

/**
 * Parses a request's {@code Range} header (RFC 9110 §14.2) into its single range, as Falcon's
 * {@code req.range}. Multiple ranges are refused rather than merged. Errors carry Falcon's
 * descriptions, which the request turns into a 400 naming the header.
 */
public final class RangeParser {

    /** Falcon's description of a value with several ranges. */
    public static final String NOT_CONTINUOUS = "The value must be a continuous range.";
    /** Falcon's description of any other malformed range. */
    public static final String MALFORMED = "It must be a range formatted according to RFC 7233.";
    /** Falcon's description of a value without {@code unit=}. */
    public static final String MISSING_UNIT = "The value must be prefixed with a range unit, e.g. 'bytes='";
    /** Falcon's description of {@code bytes=-}. */
    public static final String MISSING_OFFSETS = "The range offsets are missing.";

    private RangeParser() {
    }

    /**
     * Parses {@code unit=first-last}, {@code unit=first-} or {@code unit=-suffixLength}.
     *
     * @throws IllegalArgumentException with one of this class's descriptions when the value is
     *     malformed, holds several ranges, or has {@code first > last}
     */
    public static ByteRange parse(String rangeHeader) {
        int equals = rangeHeader.indexOf('=');
        if (equals < 0) {
            throw new IllegalArgumentException(MISSING_UNIT);
        }
        if (rangeHeader.indexOf(',', equals) >= 0) {
            throw new IllegalArgumentException(NOT_CONTINUOUS);
        }
        String unit = rangeHeader.substring(0, equals);
        int dash = rangeHeader.indexOf('-', equals + 1);
        if (dash < 0) {
            throw new IllegalArgumentException(MALFORMED);
        }
        boolean hasFirst = !rangeHeader.substring(equals + 1, dash).isBlank();
        boolean hasLast = !rangeHeader.substring(dash + 1).isBlank();
        if (hasFirst && hasLast) {
            long first = position(rangeHeader, equals + 1, dash);
            long last = position(rangeHeader, dash + 1, rangeHeader.length());
            if (last < first) {
                throw new IllegalArgumentException(MALFORMED);
            }
            return new ByteRange(first, last, unit);
        }
        if (hasFirst) {
            return new ByteRange(position(rangeHeader, equals + 1, dash), -1, unit);
        }
        if (hasLast) {
            long suffixLength = position(rangeHeader, dash + 1, rangeHeader.length());
            if (suffixLength == 0) {
                throw new IllegalArgumentException(MALFORMED);
            }
            return new ByteRange(-suffixLength, -1, unit);
        }
        throw new IllegalArgumentException(MISSING_OFFSETS);
    }

    /** The non-negative decimal in {@code text[start, end)}, surrounding spaces allowed. */
    private static long position(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && text.charAt(from) == ' ') {
            from++;
        }
        while (to > from && text.charAt(to - 1) == ' ') {
            to--;
        }
        if (from == to || to - from > 18) {
            throw new IllegalArgumentException(MALFORMED);
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(MALFORMED);
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
