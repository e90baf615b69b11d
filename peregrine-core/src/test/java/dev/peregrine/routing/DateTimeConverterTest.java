package dev.peregrine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DateTimeConverterTest {

    private static FieldConverter converter(String arguments) {
        return new Converters().create("dt", arguments);
    }

    private static final FieldConverter DEFAULT = converter("");
    private static final OffsetDateTime NOON_PLUS_ONE =
            OffsetDateTime.of(2024, 1, 15, 12, 0, 30, 0, ZoneOffset.ofHours(1));

    @Test
    void defaultPatternReadsAnOffsetWithoutColon() {
        assertEquals(NOON_PLUS_ONE, DEFAULT.convert("2024-01-15T12:00:30+0100"));
    }

    @Test
    void defaultPatternReadsAnOffsetWithColon() {
        assertEquals(NOON_PLUS_ONE, DEFAULT.convert("2024-01-15T12:00:30+01:00"));
    }

    @Test
    void defaultPatternReadsZuluAsUtc() {
        assertEquals(OffsetDateTime.of(2024, 1, 15, 12, 0, 30, 0, ZoneOffset.UTC),
                DEFAULT.convert("2024-01-15T12:00:30Z"));
    }

    @Test
    void defaultPatternRequiresAnOffset() {
        assertNull(DEFAULT.convert("2024-01-15T12:00:30"));
    }

    @Test
    void defaultPatternFormatsLikePythonsPercentZ() {
        assertEquals("2024-01-15T12:00:30+0100", DEFAULT.format(NOON_PLUS_ONE));
    }

    @Test
    void dateOnlyPatternGivesALocalDate() {
        assertEquals(LocalDate.of(2024, 2, 29), converter("\"yyyy-MM-dd\"").convert("2024-02-29"));
    }

    @Test
    void impossibleDateDoesNotMatch() {
        assertNull(converter("\"uuuu-MM-dd\"").convert("2023-02-29"));
        assertNull(converter("\"yyyy-MM-dd\"").convert("2024-02-30"));
    }

    @Test
    void patternWithTimeAndNoOffsetGivesALocalDateTime() {
        assertEquals(LocalDateTime.of(2024, 1, 15, 8, 30),
                converter("pattern='uuuuMMdd-HHmm'").convert("20240115-0830"));
    }

    @Test
    void patternWithOffsetGivesAnOffsetDateTime() {
        assertTrue(converter("'uuuu-MM-dd HH:mmXXX'").convert("2024-01-15 08:30+02:00") instanceof OffsetDateTime);
    }

    @Test
    void textThatDoesNotFitThePatternDoesNotMatch() {
        FieldConverter date = converter("\"uuuu-MM-dd\"");

        assertNull(date.convert("2024-1-15"));
        assertNull(date.convert("2024-01-15x"));
        assertNull(date.convert(""));
    }

    @Test
    void invalidPatternIsRejectedAtStartup() {
        String message = assertThrows(UnacceptableRouteException.class, () -> converter("'uuuu-bb'")).getMessage();

        assertTrue(message.startsWith("converter 'dt' pattern \"uuuu-bb\" is not a valid DateTimeFormatter pattern: "),
                message);
    }

    @Test
    void patternWithoutADayIsRejectedAtStartup() {
        assertEquals("converter 'dt' pattern \"uuuu-MM\" cannot print and read back a whole date, date-time or "
                + "offset date-time; include year, month and day, as in \"uuuu-MM-dd\"",
                assertThrows(UnacceptableRouteException.class, () -> converter("'uuuu-MM'")).getMessage());
    }

    @Test
    void formatUsesThePattern() {
        assertEquals("15.01.2024", converter("'dd.MM.uuuu'").format(LocalDate.of(2024, 1, 15)));
    }
}
