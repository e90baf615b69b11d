package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class QuotedStringTest {

    @Test
    void quoteEscapesQuotesAndBackslashes() {
        assertEquals("\"a\\\"b\\\\c\"", QuotedString.quote("a\"b\\c"));
    }

    @Test
    void unquoteResolvesQuotedPairs() {
        String text = "x=\"a\\\"b\\\\c\\d\";y";

        assertEquals("a\"b\\cd", QuotedString.unquote(text, 2, 13));
    }

    @Test
    void unquoteWithoutEscapesReturnsTheContent() {
        assertEquals("a b", QuotedString.unquote("\"a b\"", 0, 5));
    }

    @Test
    void endSkipsEscapedQuotes() {
        assertEquals(6, QuotedString.end("\"a\\\"b\",c", 0, 8));
    }

    @Test
    void endIsMinusOneForAnUnclosedString() {
        assertEquals(-1, QuotedString.end("\"abc", 0, 4));
    }
}
