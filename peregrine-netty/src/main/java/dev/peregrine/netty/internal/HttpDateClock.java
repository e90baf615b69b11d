package dev.peregrine.netty.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header value (RFC 9110 §6.6.1), formatted once per second.
 *
 * <p>PERF: every response carries a Date; formatting it per response would cost more than the rest
 * of the head. A stale read across threads only repeats the formatting.
 */
final class HttpDateClock {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private record Formatted(long second, String text) {
    }

    private static volatile Formatted current = new Formatted(-1, "");

    private HttpDateClock() {
    }

    /** Now, as an IMF-fixdate such as {@code Sun, 06 Nov 1994 08:49:37 GMT}. */
    static String now() {
        long second = System.currentTimeMillis() / 1000;
        Formatted formatted = current;
        if (formatted.second() != second) {
            formatted = new Formatted(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            current = formatted;
        }
        return formatted.text();
    }
}
