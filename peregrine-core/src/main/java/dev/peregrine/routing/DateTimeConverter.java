package dev.peregrine.routing;

import java.text.ParsePosition;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQuery;
import java.util.Locale;

/**
 * The {@code dt} converter, {@code dt(pattern=...)}: a date or date-time in a
 * {@link DateTimeFormatter} pattern, such as {@code dt("uuuu-MM-dd")}.
 *
 * <p>The value's type follows the pattern: {@link OffsetDateTime} when it has an offset (or zone),
 * {@link LocalDateTime} when it has a time of day but no offset, {@link LocalDate} for a date only.
 * Without a pattern it reads {@code 2024-01-15T10:20:30+01:00}, {@code ...+0100} or {@code ...Z}
 * as an {@code OffsetDateTime}, the equivalent of Falcon's {@code %Y-%m-%dT%H:%M:%S%z}.
 * Impossible dates such as February 30 do not match, as with Python's {@code strptime}.
 */
final class DateTimeConverter implements FieldConverter {

    private static final String DEFAULT_PATTERN = "uuuu-MM-dd'T'HH:mm:ss";
    private static final OffsetDateTime PROBE = OffsetDateTime.of(2001, 2, 3, 4, 5, 6, 0, ZoneOffset.ofHours(7));

    private final DateTimeFormatter parser;
    private final DateTimeFormatter printer;
    private final TemporalQuery<?> result;

    private DateTimeConverter(DateTimeFormatter parser, DateTimeFormatter printer, TemporalQuery<?> result) {
        this.parser = parser;
        this.printer = printer;
        this.result = result;
    }

    /** Makes the converter from {@code dt(...)}'s arguments. */
    static DateTimeConverter create(ConverterArguments arguments) {
        String pattern = arguments.bind("dt", "pattern").string("pattern");
        if (pattern == null) {
            // NOTE: Python's %z takes +0100, +01:00 and Z alike; one Java offset pattern takes
            // only one of the first two, so parsing tries both and formatting writes +0100.
            return new DateTimeConverter(formatter(DEFAULT_PATTERN + "[XXX][XX]"),
                    formatter(DEFAULT_PATTERN + "XX"), OffsetDateTime::from);
        }
        DateTimeFormatter formatter;
        try {
            formatter = formatter(pattern);
        } catch (IllegalArgumentException invalid) {
            throw new UnacceptableRouteException("converter 'dt' pattern \"" + pattern + "\" is not a valid "
                    + "DateTimeFormatter pattern: " + invalid.getMessage(), invalid);
        }
        TemporalQuery<?> result = resultFor(formatter);
        if (result == null) {
            throw new UnacceptableRouteException("converter 'dt' pattern \"" + pattern + "\" cannot print and "
                    + "read back a whole date, date-time or offset date-time; include year, month and day, "
                    + "as in \"uuuu-MM-dd\"");
        }
        return new DateTimeConverter(formatter, formatter, result);
    }

    private static DateTimeFormatter formatter(String pattern) {
        // NOTE: STRICT resolving rejects February 30 instead of moving it to February 28; it
        // needs an era for yyyy (year-of-era), which the defaulted ERA supplies.
        return new DateTimeFormatterBuilder()
                .appendPattern(pattern)
                .parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(Locale.ROOT)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * Finds the narrowest result type whose values the pattern can print and read back, or
     * {@code null} when there is none (a pattern without a day, say).
     */
    private static TemporalQuery<?> resultFor(DateTimeFormatter formatter) {
        if (roundTrips(formatter, PROBE.toLocalDate(), LocalDate::from)) {
            return LocalDate::from;
        }
        if (roundTrips(formatter, PROBE.toLocalDateTime(), LocalDateTime::from)) {
            return LocalDateTime::from;
        }
        if (roundTrips(formatter, PROBE, OffsetDateTime::from)) {
            return OffsetDateTime::from;
        }
        return null;
    }

    private static boolean roundTrips(DateTimeFormatter formatter, TemporalAccessor probe, TemporalQuery<?> query) {
        try {
            formatter.parse(formatter.format(probe), query);
            return true;
        } catch (DateTimeException notThisType) {
            return false;
        }
    }

    @Override
    public Object convert(String text) {
        // PERF: java.time reports bad text by throwing, which is slow when backtracking through a
        // segment such as {from:dt("uuuu-MM-dd")}-{to:dt("uuuu-MM-dd")} tries many splits; the
        // exception-free unresolved parse rejects malformed text first.
        ParsePosition position = new ParsePosition(0);
        if (parser.parseUnresolved(text, position) == null || position.getIndex() != text.length()) {
            return null;
        }
        try {
            return parser.parse(text, result);
        } catch (DateTimeException impossibleDate) {
            return null;
        }
    }

    @Override
    public String format(Object value) {
        return value instanceof TemporalAccessor temporal ? printer.format(temporal) : String.valueOf(value);
    }
}
