package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HttpDatesTest {

    private static final Instant NOV_6_1994 = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void formatsImfFixdate() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDates.format(NOV_6_1994));
    }

    @Test
    void formatDropsFractionsOfASecond() {
        assertEquals("Thu, 01 Jan 1970 00:00:00 GMT", HttpDates.format(Instant.ofEpochMilli(999)));
    }

    @Test
    void formatReusesTheTextOfTheSameSecond() {
        String first = HttpDates.format(Instant.parse("2026-03-01T12:00:00.100Z"));

        assertSame(first, HttpDates.format(Instant.parse("2026-03-01T12:00:00.900Z")));
    }

    @Test
    void formatPadsSmallYears() {
        assertEquals("Sat, 01 Jan 0000 00:00:00 GMT", HttpDates.format(Instant.parse("0000-01-01T00:00:00Z")));
    }

    @Test
    void formatRejectsYearsBeyondFourDigits() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.format(Instant.parse("+10000-01-01T00:00:00Z")));
    }

    @Test
    void parsesImfFixdate() {
        assertEquals(NOV_6_1994, HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT", false));
    }

    @Test
    void parsesNamesInAnyCaseAndOneDigitFields() {
        assertEquals(NOV_6_1994, HttpDates.parse("sun, 6 nov 1994 8:49:37 gmt", false));
    }

    @Test
    void rfc850DateNeedsObsoleteFormats() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT", false));

        assertEquals("It must be formatted according to RFC 7231, Section 7.1.1.1", error.getMessage());
    }

    @Test
    void parsesRfc850DateWithObsoleteFormats() {
        assertEquals(NOV_6_1994, HttpDates.parse("Sunday, 06-Nov-94 08:49:37 GMT", true));
    }

    @Test
    void twoDigitYearsBelowSixtyNineAreThisCentury() {
        assertEquals(Instant.parse("2068-11-06T08:49:37Z"), HttpDates.parse("Tuesday, 06-Nov-68 08:49:37 GMT", true));
    }

    @Test
    void parsesAsctimeDateWithObsoleteFormats() {
        assertEquals(NOV_6_1994, HttpDates.parse("Sun Nov  6 08:49:37 1994", true));
    }

    @Test
    void asctimeDateNeedsObsoleteFormats() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.parse("Sun Nov  6 08:49:37 1994", false));
    }

    @Test
    void parsesCookieStyleDateWithObsoleteFormats() {
        assertEquals(NOV_6_1994, HttpDates.parse("Sun, 06-Nov-1994 08:49:37 GMT", true));
    }

    @Test
    void utcZoneNeedsObsoleteFormats() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.parse("Sun, 06 Nov 1994 08:49:37 UTC", false));
        assertEquals(NOV_6_1994, HttpDates.parse("Sun, 06 Nov 1994 08:49:37 UTC", true));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertEquals(NOV_6_1994, HttpDates.parse(" Sun, 06 Nov 1994 08:49:37 GMT ", false));
    }

    @Test
    void rejectsTrailingText() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.parse("Sun, 06 Nov 1994 08:49:37 GMT+1", false));
    }

    @Test
    void rejectsMissingSpaceAfterComma() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.parse("Sun,06 Nov 1994 08:49:37 GMT", false));
    }

    @Test
    void rejectsDayOutOfRangeForTheMonth() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.parse("Sun, 30 Feb 1994 08:49:37 GMT", false));
    }

    @Test
    void rejectsSecondSixty() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.parse("Sun, 06 Nov 1994 08:49:60 GMT", false));
    }

    @Test
    void rejectsUnknownMonth() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.parse("Sun, 06 Now 1994 08:49:37 GMT", false));
    }

    @Test
    void rejectsTwoDigitYearInImfFixdate() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.parse("Sun, 06 Nov 94 08:49:37 GMT", true));
    }

    @Test
    void rejectsNonDates() {
        assertThrows(IllegalArgumentException.class, () -> HttpDates.parse("yesterday", true));
    }
}
