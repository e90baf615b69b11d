package dev.peregrine.internal.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * HTTP dates (RFC 9110 §5.6.7): the IMF-fixdate {@code Sun, 06 Nov 1994 08:49:37 GMT} that
 * servers must send, and on request the two obsolete forms recipients should still read, RFC 850
 * ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and asctime ({@code Sun Nov  6 08:49:37 1994}), as
 * Falcon's {@code dt_to_http} and {@code http_date_to_dt}.
 */
public final class HttpDates {

    /** Falcon's description of a malformed date header. */
    public static final String INVALID_DATE = "It must be formatted according to RFC 7231, Section 7.1.1.1";

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] LONG_DAYS =
            {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS =
            {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    /** The last date formatted; Date, Expires and Last-Modified mostly repeat the current second. */
    private record FormattedSecond(long epochSecond, String text) {
    }

    private static volatile FormattedSecond lastFormatted = new FormattedSecond(Long.MIN_VALUE, "");

    private HttpDates() {
    }

    /**
     * Formats an instant as an IMF-fixdate, dropping fractions of a second.
     *
     * @throws IllegalArgumentException when the year is outside 0 to 9999
     */
    public static String format(Instant instant) {
        long epochSecond = instant.getEpochSecond();
        // PERF: a response usually stamps the current second; reuse the text formatted for it.
        FormattedSecond cached = lastFormatted;
        if (cached.epochSecond() == epochSecond) {
            return cached.text();
        }
        String text = formatSecond(epochSecond);
        lastFormatted = new FormattedSecond(epochSecond, text);
        return text;
    }

    private static String formatSecond(long epochSecond) {
        LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        int year = time.getYear();
        if (year < 0 || year > 9999) {
            throw new IllegalArgumentException("An HTTP date needs a four-digit year, not " + year);
        }
        char[] out = new char[29];
        DAYS[time.getDayOfWeek().ordinal()].getChars(0, 3, out, 0);
        out[3] = ',';
        out[4] = ' ';
        twoDigits(out, 5, time.getDayOfMonth());
        out[7] = ' ';
        MONTHS[time.getMonthValue() - 1].getChars(0, 3, out, 8);
        out[11] = ' ';
        twoDigits(out, 12, year / 100);
        twoDigits(out, 14, year % 100);
        out[16] = ' ';
        twoDigits(out, 17, time.getHour());
        out[19] = ':';
        twoDigits(out, 20, time.getMinute());
        out[22] = ':';
        twoDigits(out, 23, time.getSecond());
        " GMT".getChars(0, 4, out, 25);
        return new String(out);
    }

    private static void twoDigits(char[] out, int at, int value) {
        out[at] = (char) ('0' + value / 10);
        out[at + 1] = (char) ('0' + value % 10);
    }

    /**
     * Parses an HTTP date. Names are matched ignoring case, surrounding spaces are ignored, and
     * the day of the week is not checked against the date, as in Falcon.
     *
     * @param obsoleteFormats also accept RFC 850 and asctime dates (and {@code UTC} for
     *     {@code GMT}); a two-digit year from 69 means 19xx, below it 20xx
     * @throws IllegalArgumentException when the value is not such a date
     */
    public static Instant parse(String value, boolean obsoleteFormats) {
        DateCursor cursor = new DateCursor(value);
        int dayName = cursor.name(DAYS);
        boolean longDayName = false;
        if (dayName < 0 && obsoleteFormats) {
            dayName = cursor.name(LONG_DAYS);
            longDayName = true;
        }
        cursor.require(dayName >= 0);
        int year;
        int month;
        int day;
        int[] time;
        if (cursor.skip(',')) {
            cursor.spaces();
            day = cursor.number(1, 2);
            if (!longDayName && cursor.peek() == ' ') {
                cursor.spaces();
                month = cursor.month();
                cursor.spaces();
                year = cursor.number(4, 4);
            } else {
                cursor.require(obsoleteFormats && cursor.skip('-'));
                month = cursor.month();
                cursor.require(cursor.skip('-'));
                year = cursor.number(2, 4);
                cursor.require(cursor.digitsRead != 3);
                if (cursor.digitsRead == 2) {
                    year += year >= 69 ? 1900 : 2000;
                }
            }
            cursor.spaces();
            time = cursor.time();
            cursor.spaces();
            cursor.require(cursor.word("GMT") || (obsoleteFormats && cursor.word("UTC")));
        } else {
            cursor.require(obsoleteFormats && !longDayName);
            cursor.spaces();
            month = cursor.month();
            cursor.spaces();
            day = cursor.number(1, 2);
            cursor.spaces();
            time = cursor.time();
            cursor.spaces();
            year = cursor.number(4, 4);
        }
        cursor.end();
        try {
            return LocalDateTime.of(year, month, day, time[0], time[1], time[2]).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException outOfRange) {
            throw new IllegalArgumentException(INVALID_DATE, outOfRange);
        }
    }

    /** Reads the parts of a date from left to right, failing with {@link #INVALID_DATE}. */
    private static final class DateCursor {
        private final String text;
        private final int end;
        private int pos;
        private int digitsRead;

        DateCursor(String text) {
            int start = 0;
            int stop = text.length();
            while (start < stop && text.charAt(start) == ' ') {
                start++;
            }
            while (stop > start && text.charAt(stop - 1) == ' ') {
                stop--;
            }
            this.text = text;
            this.pos = start;
            this.end = stop;
        }

        void require(boolean condition) {
            if (!condition) {
                throw new IllegalArgumentException(INVALID_DATE);
            }
        }

        char peek() {
            return pos < end ? text.charAt(pos) : 0;
        }

        boolean skip(char c) {
            if (peek() == c) {
                pos++;
                return true;
            }
            return false;
        }

        void spaces() {
            require(peek() == ' ');
            while (peek() == ' ') {
                pos++;
            }
        }

        /** The index of the name at the cursor among {@code names}, consuming it; -1 when none is. */
        int name(String[] names) {
            for (int i = 0; i < names.length; i++) {
                if (word(names[i])) {
                    return i;
                }
            }
            return -1;
        }

        /** The month at the cursor, from 1 for {@code Jan}. */
        int month() {
            int index = name(MONTHS);
            require(index >= 0);
            return index + 1;
        }

        /** Consumes {@code word} (ignoring case) when it is at the cursor and not followed by a letter. */
        boolean word(String word) {
            int after = pos + word.length();
            if (after > end || !text.regionMatches(true, pos, word, 0, word.length())
                    || (after < end && Character.isLetter(text.charAt(after)))) {
                return false;
            }
            pos = after;
            return true;
        }

        int number(int minDigits, int maxDigits) {
            int value = 0;
            int digits = 0;
            while (digits < maxDigits && peek() >= '0' && peek() <= '9') {
                value = value * 10 + (text.charAt(pos++) - '0');
                digits++;
            }
            require(digits >= minDigits && !(peek() >= '0' && peek() <= '9'));
            digitsRead = digits;
            return value;
        }

        int[] time() {
            int hour = number(1, 2);
            require(skip(':'));
            int minute = number(1, 2);
            require(skip(':'));
            int second = number(1, 2);
            return new int[] {hour, minute, second};
        }

        void end() {
            require(pos == end);
        }
    }
}
