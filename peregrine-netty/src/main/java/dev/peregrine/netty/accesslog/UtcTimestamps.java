package dev.peregrine.netty.accesslog;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes instants in UTC as access logs print them: ISO 8601 with milliseconds
 * ({@code 2026-12-06T08:19:58.123Z}) and the Common Log Format's
 * {@code 06/Dec/2026:08:19:58 +0000}. Owned by one formatting thread.
 */
final class UtcTimestamps {

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    // PERF: the date and time to the second are worked out once per second, not once per line;
    // under load thousands of lines share them.
    private long second = Long.MIN_VALUE;
    private final LogLine iso = new LogLine();
    private final LogLine common = new LogLine();

    /** Appends {@code epochMillis} as {@code 2026-12-06T08:19:58.123Z}. */
    void appendIso(long epochMillis, LogLine line) {
        refresh(Math.floorDiv(epochMillis, 1000));
        line.append(iso.bytes(), 0, iso.length()).append('.').padded((int) Math.floorMod(epochMillis, 1000), 3).append('Z');
    }

    /** Appends {@code epochMillis} as {@code 06/Dec/2026:08:19:58 +0000}, without brackets. */
    void appendCommon(long epochMillis, LogLine line) {
        refresh(Math.floorDiv(epochMillis, 1000));
        line.append(common.bytes(), 0, common.length());
    }

    private void refresh(long epochSecond) {
        if (epochSecond == second) {
            return;
        }
        second = epochSecond;
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        int year = Math.clamp(time.getYear(), 0, 9999);
        iso.reset();
        iso.padded(year, 4).append('-').padded(time.getMonthValue(), 2).append('-').padded(time.getDayOfMonth(), 2)
                .append('T').padded(time.getHour(), 2).append(':').padded(time.getMinute(), 2).append(':')
                .padded(time.getSecond(), 2);
        common.reset();
        common.padded(time.getDayOfMonth(), 2).append('/').ascii(MONTHS[time.getMonthValue() - 1]).append('/')
                .padded(year, 4).append(':').padded(time.getHour(), 2).append(':').padded(time.getMinute(), 2)
                .append(':').padded(time.getSecond(), 2).ascii(" +0000");
    }
}
