package dev.peregrine.internal.multipart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HeaderParametersTest {

    @Test
    void valueAndUnquotedParametersAreSplitAtSemicolons() {
        HeaderParameters parsed = HeaderParameters.parse("text/plain; charset=utf-8 ; format=flowed");

        assertEquals("text/plain", parsed.value());
        assertEquals("utf-8", parsed.parameter("charset"));
        assertEquals("flowed", parsed.parameter("format"));
    }

    @Test
    void quotedValueLosesItsQuotes() {
        assertEquals("file", HeaderParameters.parse("form-data; name=\"file\"").parameter("name"));
    }

    @Test
    void semicolonInsideQuotesBelongsToTheValue() {
        assertEquals("a;b", HeaderParameters.parse("form-data; filename=\"a;b\"; name=x").parameter("filename"));
    }

    @Test
    void backslashEscapesOnlyQuotesAndBackslashes() {
        HeaderParameters parsed = HeaderParameters.parse("form-data; filename=\"C:\\dir\\\\x \\\"y\\\".txt\"");

        assertEquals("C:\\dir\\x \"y\".txt", parsed.parameter("filename"));
    }

    @Test
    void parameterNamesAreCaseInsensitive() {
        assertEquals("v", HeaderParameters.parse("x; NaMe=v").parameter("name"));
    }

    @Test
    void lastOfRepeatedParametersCounts() {
        assertEquals("second", HeaderParameters.parse("x; name=first; name=second").parameter("name"));
    }

    @Test
    void pieceWithoutEqualsIsIgnored() {
        HeaderParameters parsed = HeaderParameters.parse("form-data; junk; name=a;");

        assertEquals("a", parsed.parameter("name"));
        assertNull(parsed.parameter("junk"));
    }

    @Test
    void emptyValueIsKeptEmpty() {
        assertEquals("", HeaderParameters.parse("form-data; filename=").parameter("filename"));
    }

    @Test
    void missingHeaderParsesAsEmptyWithoutParameters() {
        HeaderParameters parsed = HeaderParameters.parse(null);

        assertEquals("", parsed.value());
        assertNull(parsed.parameter("name"));
    }
}
