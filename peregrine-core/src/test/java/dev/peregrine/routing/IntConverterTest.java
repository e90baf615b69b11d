package dev.peregrine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class IntConverterTest {

    private static FieldConverter converter(String arguments) {
        return new Converters().create("int", arguments);
    }

    private static final FieldConverter PLAIN = converter("");

    @Test
    void digitsBecomeALong() {
        assertEquals(42L, PLAIN.convert("42"));
    }

    @Test
    void leadingZerosAreAccepted() {
        assertEquals(7L, PLAIN.convert("007"));
    }

    @Test
    void plusAndMinusSignsAreAccepted() {
        assertEquals(5L, PLAIN.convert("+5"));
        assertEquals(-5L, PLAIN.convert("-5"));
    }

    @Test
    void intConverterRejectsLeadingWhitespace() {
        assertNull(PLAIN.convert(" 5"));
    }

    @Test
    void intConverterRejectsTrailingWhitespace() {
        assertNull(PLAIN.convert("5\t"));
    }

    @Test
    void emptyTextAndBareSignDoNotMatch() {
        assertNull(PLAIN.convert(""));
        assertNull(PLAIN.convert("-"));
    }

    @Test
    void nonDigitsDoNotMatch() {
        assertNull(PLAIN.convert("12a"));
        assertNull(PLAIN.convert("1.0"));
        assertNull(PLAIN.convert("1_000"));
    }

    @Test
    void nonAsciiDigitsDoNotMatch() {
        assertNull(PLAIN.convert("\u0661\u0662"));
    }

    @Test
    void extremesOfLongAreAccepted() {
        assertEquals(Long.MAX_VALUE, PLAIN.convert("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, PLAIN.convert("-9223372036854775808"));
    }

    @Test
    void overflowDoesNotMatch() {
        assertNull(PLAIN.convert("9223372036854775808"));
        assertNull(PLAIN.convert("-9223372036854775809"));
    }

    @Test
    void numDigitsRequiresTheExactLength() {
        FieldConverter fourDigits = converter("num_digits=4");

        assertEquals(42L, fourDigits.convert("0042"));
        assertNull(fourDigits.convert("042"));
        assertNull(fourDigits.convert("00042"));
    }

    @Test
    void numDigitsCountsTheSign() {
        assertEquals(-42L, converter("3").convert("-42"));
    }

    @Test
    void minAndMaxAreInclusive() {
        FieldConverter bounded = converter("min=1, max=9999");

        assertEquals(1L, bounded.convert("1"));
        assertEquals(9999L, bounded.convert("9999"));
        assertNull(bounded.convert("0"));
        assertNull(bounded.convert("10000"));
    }

    @Test
    void numDigitsBelowOneIsRejectedAtStartup() {
        assertEquals("converter 'int' argument num_digits must be at least 1, not 0",
                assertThrows(UnacceptableRouteException.class, () -> converter("num_digits=0")).getMessage());
    }

    @Test
    void minAboveMaxIsRejectedAtStartup() {
        assertEquals("converter 'int' has min=5 greater than max=1, so nothing could match; swap them",
                assertThrows(UnacceptableRouteException.class, () -> converter("min=5, max=1")).getMessage());
    }

    @Test
    void formatWritesTheNumber() {
        assertEquals("-12", PLAIN.format(-12L));
    }
}
