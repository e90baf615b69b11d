package dev.peregrine.internal.staticfiles;

import dev.peregrine.ByteRange;
import dev.peregrine.Request;
import dev.peregrine.errors.HttpInvalidHeader;
import dev.peregrine.errors.HttpRangeNotSatisfiable;
import dev.peregrine.internal.http.HttpDates;

/**
 * Which bytes of a static file a request gets, from its {@code Range} and {@code If-Range}
 * headers (RFC 9110 §14.2, §13.1.5): one range of {@code bytes=a-b}, {@code a-} or {@code -n},
 * clipped to the file, or the whole file.
 *
 * <p>A Range this server cannot honour is ignored rather than refused, which RFC 9110 §14.2
 * allows: a malformed value, several ranges, a unit other than bytes, an empty file (as Falcon),
 * or an {@code If-Range} validator that no longer matches (the client's copy is stale, so it gets
 * the whole new file). A range starting at or past the end is 416.
 */
final class ByteRangeSelection {

    private ByteRangeSelection() {
    }

    /**
     * The inclusive range to send with 206, or {@code null} to send the whole file with 200.
     *
     * @throws HttpRangeNotSatisfiable when the range starts at or past the end of the file
     */
    static ByteRange select(Request req, OpenFile file) {
        ByteRange range;
        try {
            range = req.range();
        } catch (HttpInvalidHeader malformedOrSeveral) {
            return null;
        }
        long size = file.size();
        if (range == null || !"bytes".equalsIgnoreCase(range.unit()) || size == 0 || !ifRangeHolds(req, file)) {
            return null;
        }
        if (range.first() < 0) {
            long length = Math.min(-range.first(), size);
            return new ByteRange(size - length, size - 1, range.unit());
        }
        if (range.first() >= size) {
            throw new HttpRangeNotSatisfiable(size);
        }
        long last = range.last() < 0 ? size - 1 : Math.min(range.last(), size - 1);
        return new ByteRange(range.first(), last, range.unit());
    }

    /** Whether there is no If-Range, or it names the file's current ETag or Last-Modified exactly. */
    private static boolean ifRangeHolds(Request req, OpenFile file) {
        String ifRange = req.ifRange();
        if (ifRange == null) {
            return true;
        }
        String validator = ifRange.strip();
        if (validator.startsWith("\"") || validator.startsWith("W/")) {
            // NOTE: If-Range compares entity-tags strongly, so a weak tag never matches.
            return validator.equals(file.etag());
        }
        try {
            return HttpDates.parse(validator, true).getEpochSecond() == file.modifiedSecond();
        } catch (IllegalArgumentException notADate) {
            return false;
        }
    }
}
