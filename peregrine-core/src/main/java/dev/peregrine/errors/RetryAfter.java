package dev.peregrine.errors;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Values for the {@code Retry-After} header (RFC 9110 §10.2.3): a delay in seconds or an HTTP-date. */
final class RetryAfter {

    private static final String HEADER = "Retry-After";

    // NOTE: IMF-fixdate needs a two-digit day; RFC_1123_DATE_TIME would print "Sun, 6 Nov 1994".
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private RetryAfter() {
    }

    /** The header for a delay: {@code 120} gives {@code Retry-After: 120}. */
    static String[] header(int seconds) {
        if (seconds < 0) {
            throw new IllegalArgumentException("Retry-After cannot be negative, got " + seconds + " seconds");
        }
        return new String[] {HEADER, Integer.toString(seconds)};
    }

    /** The header for a point in time, an IMF-fixdate such as {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    static String[] header(Instant when) {
        return new String[] {HEADER, HTTP_DATE.format(when)};
    }
}
