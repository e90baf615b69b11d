package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CookieValueCodecTest {

    @Test
    void legalValueIsWrittenAsIs() {
        assertEquals("abc!#$%&'*+-.^_`|~:123", CookieValueCodec.quote("abc!#$%&'*+-.^_`|~:123"));
    }

    @Test
    void emptyValueIsQuoted() {
        assertEquals("\"\"", CookieValueCodec.quote(""));
    }

    @Test
    void valueWithSpaceOrBracketsIsQuotedWithoutEscapes() {
        assertEquals("\"(x)=y? z\"", CookieValueCodec.quote("(x)=y? z"));
    }

    @Test
    void semicolonCommaQuoteAndBackslashAreEscapedAsPythonDoes() {
        assertEquals("\"a b\\073c\\054d\\\"e\\\\f\"", CookieValueCodec.quote("a b;c,d\"e\\f"));
    }

    @Test
    void controlCharacterBecomesOctalEscape() {
        assertEquals("\"x\\012y\"", CookieValueCodec.quote("x\ny"));
    }

    @Test
    void unquoteReversesQuote() {
        assertEquals("a b;c,d\"e\\f", CookieValueCodec.unquote("\"a b\\073c\\054d\\\"e\\\\f\""));
    }

    @Test
    void unquoteLeavesUnquotedValueAlone() {
        assertEquals("\\101", CookieValueCodec.unquote("\\101"));
    }

    @Test
    void octalEscapeNeedsThreeDigitsStartingZeroToThree() {
        assertEquals("40118", CookieValueCodec.unquote("\"\\401\\18\""));
    }

    @Test
    void trailingBackslashIsKept() {
        assertEquals("a\\", CookieValueCodec.unquote("\"a\\\""));
    }
}
