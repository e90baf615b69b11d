package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.ByteRange;
import org.junit.jupiter.api.Test;

class RangeParserTest {

    private static String errorOf(String header) {
        return assertThrows(IllegalArgumentException.class, () -> RangeParser.parse(header)).getMessage();
    }

    @Test
    void parsesFirstAndLast() {
        assertEquals(new ByteRange(0, 499, "bytes"), RangeParser.parse("bytes=0-499"));
    }

    @Test
    void suffixRangeCountsFromTheEnd() {
        assertEquals(new ByteRange(-500, -1, "bytes"), RangeParser.parse("bytes=-500"));
    }

    @Test
    void openRangeRunsToTheEnd() {
        assertEquals(new ByteRange(9500, -1, "bytes"), RangeParser.parse("bytes=9500-"));
    }

    @Test
    void otherUnitsAreKept() {
        assertEquals(new ByteRange(0, 5, "items"), RangeParser.parse("items=0-5"));
    }

    @Test
    void spacesAroundPositionsAreAllowed() {
        assertEquals(new ByteRange(0, 0, "bytes"), RangeParser.parse("bytes= 0 - 0 "));
    }

    @Test
    void severalRangesAreRefused() {
        assertEquals("The value must be a continuous range.", errorOf("bytes=0-0,-1"));
    }

    @Test
    void lastBeforeFirstIsMalformed() {
        assertEquals("It must be a range formatted according to RFC 7233.", errorOf("bytes=5-3"));
    }

    @Test
    void nonNumericPositionIsMalformed() {
        assertEquals("It must be a range formatted according to RFC 7233.", errorOf("bytes=a-3"));
    }

    @Test
    void signedPositionIsMalformed() {
        assertEquals("It must be a range formatted according to RFC 7233.", errorOf("bytes=--5"));
    }

    @Test
    void zeroSuffixIsMalformed() {
        assertEquals("It must be a range formatted according to RFC 7233.", errorOf("bytes=-0"));
    }

    @Test
    void rangeWithoutDashIsMalformed() {
        assertEquals("It must be a range formatted according to RFC 7233.", errorOf("bytes=5"));
    }

    @Test
    void hugePositionIsMalformed() {
        assertEquals("It must be a range formatted according to RFC 7233.", errorOf("bytes=0-99999999999999999999"));
    }

    @Test
    void missingUnitIsReportedAsFalconDoes() {
        assertEquals("The value must be prefixed with a range unit, e.g. 'bytes='", errorOf("0-499"));
    }

    @Test
    void missingOffsetsAreReportedAsFalconDoes() {
        assertEquals("The range offsets are missing.", errorOf("bytes=-"));
    }
}
