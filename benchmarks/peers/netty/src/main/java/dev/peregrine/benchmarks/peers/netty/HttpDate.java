package dev.peregrine.benchmarks.peers.netty;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The {@code Date} header every response carries (RFC 9110 §6.6.1), formatted once a second. */
final class HttpDate {

    private static volatile long cachedSecond;
    private static volatile String cachedValue = format(System.currentTimeMillis() / 1000);

    private HttpDate() {
    }

    /** Today's IMF-fixdate, reformatted only when the second changes. */
    static String now() {
        long second = System.currentTimeMillis() / 1000;
        if (second != cachedSecond) {
            cachedValue = format(second);
            cachedSecond = second;
        }
        return cachedValue;
    }

    private static String format(long epochSecond) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }
}
