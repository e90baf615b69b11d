package dev.peregrine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FloatConverterTest {

    private static FieldConverter converter(String arguments) {
        return new Converters().create("float", arguments);
    }

    private static final FieldConverter PLAIN = converter("");
    private static final FieldConverter NOT_FINITE = converter("finite=false");

    @Test
    void decimalNotationsPythonAcceptsBecomeADouble() {
        assertEquals(1.0, PLAIN.convert("1"));
        assertEquals(-2.5, PLAIN.convert("-2.5"));
        assertEquals(0.5, PLAIN.convert(".5"));
        assertEquals(6.0, PLAIN.convert("6."));
        assertEquals(0.001, PLAIN.convert("1e-3"));
        assertEquals(250.0, PLAIN.convert("+2.5E2"));
    }

    @Test
    void whitespaceIsRejected() {
        assertNull(PLAIN.convert(" 1.5"));
        assertNull(PLAIN.convert("1.5 "));
    }

    @Test
    void javaOnlyNotationsAreRejected() {
        assertNull(PLAIN.convert("1.5d"));
        assertNull(PLAIN.convert("2f"));
        assertNull(PLAIN.convert("0x1p3"));
    }

    @Test
    void incompleteNumbersAreRejected() {
        assertNull(PLAIN.convert(""));
        assertNull(PLAIN.convert("."));
        assertNull(PLAIN.convert("1e"));
        assertNull(PLAIN.convert("e5"));
        assertNull(PLAIN.convert("-"));
    }

    @Test
    void nanAndInfinityAreRejectedByDefault() {
        assertNull(PLAIN.convert("nan"));
        assertNull(PLAIN.convert("inf"));
        assertNull(PLAIN.convert("-Infinity"));
    }

    @Test
    void numberTooLargeForADoubleIsInfiniteAndRejectedByDefault() {
        assertNull(PLAIN.convert("1e999"));
    }

    @Test
    void finiteFalseAcceptsNanAndInfinityInAnyCase() {
        assertEquals(Double.NaN, NOT_FINITE.convert("NaN"));
        assertEquals(Double.POSITIVE_INFINITY, NOT_FINITE.convert("inf"));
        assertEquals(Double.POSITIVE_INFINITY, NOT_FINITE.convert("+INFINITY"));
        assertEquals(Double.NEGATIVE_INFINITY, NOT_FINITE.convert("-inf"));
    }

    @Test
    void otherWordsAreRejectedEvenWhenNotFinite() {
        assertNull(NOT_FINITE.convert("infin"));
        assertNull(NOT_FINITE.convert("nanx"));
    }

    @Test
    void minAndMaxAreInclusiveAndAcceptIntegers() {
        FieldConverter bounded = converter("min=0, max=1.5");

        assertEquals(0.0, bounded.convert("0"));
        assertEquals(1.5, bounded.convert("1.5"));
        assertNull(bounded.convert("-0.1"));
        assertNull(bounded.convert("1.51"));
    }

    @Test
    void finiteMustBeABoolean() {
        assertEquals("converter 'float' argument 'finite' must be true or false, not the integer 0",
                assertThrows(UnacceptableRouteException.class, () -> converter("finite=0")).getMessage());
    }
}
