package dev.peregrine.internal.multipart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExtendedParameterValueTest {

    @Test
    void utf8ValueIsPercentDecoded() {
        assertEquals("\u2b05 Arrow.txt", ExtendedParameterValue.decode("UTF-8''%E2%AC%85%20Arrow.txt", "it"));
    }

    @Test
    void malformedEscapeIsKeptAsItIs() {
        assertEquals("100%zz.txt", ExtendedParameterValue.decode("utf-8''100%zz.txt", "it"));
    }

    @Test
    void escapeCutOffAtTheEndIsKeptAsItIs() {
        assertEquals("a%4", ExtendedParameterValue.decode("utf-8''a%4", "it"));
    }

    @Test
    void valueWithoutTwoQuotesIsNotExtended() {
        assertNull(ExtendedParameterValue.decode("utf-8'a.txt", "it"));
    }

    @Test
    void valueWithoutCharsetIsNotExtended() {
        assertNull(ExtendedParameterValue.decode("''a.txt", "it"));
    }

    @Test
    void valueWithNothingAfterTheQuotesIsNotExtended() {
        assertNull(ExtendedParameterValue.decode("utf-8''", "it"));
    }

    @Test
    void charsetWithCharactersOutsideATokenIsNotExtended() {
        assertNull(ExtendedParameterValue.decode("utf 8''a.txt", "it"));
    }
}
