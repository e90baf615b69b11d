package dev.peregrine;

/**
 * The single range of a request's {@code Range} header, as Falcon's {@code req.range} and
 * {@code req.range_unit}.
 *
 * <p>Positions are inclusive; a negative position counts from the end, -1 being the last unit:
 * {@code bytes=0-499} is {@code (0, 499)}, {@code bytes=9500-} is {@code (9500, -1)} and the
 * suffix range {@code bytes=-500} (the last 500) is {@code (-500, -1)}.
 *
 * @param first the first position, or minus the suffix length
 * @param last the last position, or -1 for "to the end"
 * @param unit the range unit as sent, usually {@code bytes}
 */
public record ByteRange(long first, long last, String unit) {
}
