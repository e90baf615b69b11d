package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MediaTypeTest {

    @Test
    void typeAndSubtypeAreLowerCased() {
        MediaType mediaType = MediaType.parse("Application/JSON");

        assertEquals("application", mediaType.type());
        assertEquals("json", mediaType.subtype());
        assertEquals("application/json", mediaType.essence());
    }

    @Test
    void whitespaceAroundPartsIsIgnored() {
        MediaType mediaType = MediaType.parse("  text / html ;  charset = utf-8  ");

        assertEquals("text/html", mediaType.essence());
        assertEquals("utf-8", mediaType.charset());
    }

    @Test
    void parameterNamesAreLowerCasedAndValuesKeptAsWritten() {
        MediaType mediaType = MediaType.parse("text/plain; CharSet=UTF-8");

        assertEquals("charset", mediaType.parameterName(0));
        assertEquals("UTF-8", mediaType.charset());
    }

    @Test
    void quotedParameterValueIsUnquoted() {
        assertEquals("a;b\"c", MediaType.parse("text/plain; x=\"a;b\\\"c\"; y=1").parameter("x"));
    }

    @Test
    void semicolonInsideQuotesDoesNotEndTheParameter() {
        MediaType mediaType = MediaType.parse("multipart/form-data; boundary=\"a;b\"; charset=utf-8");

        assertEquals(2, mediaType.parameterCount());
        assertEquals("a;b", mediaType.parameter("boundary"));
    }

    @Test
    void laterParameterReplacesEarlierOneOfTheSameName() {
        MediaType mediaType = MediaType.parse("text/plain; charset=ascii; charset=utf-8");

        assertEquals(1, mediaType.parameterCount());
        assertEquals("utf-8", mediaType.charset());
    }

    @Test
    void parameterWithoutEqualsIsIgnored() {
        assertEquals(0, MediaType.parse("text/plain; flag").parameterCount());
    }

    /** Found by MediaTypeProperties: the name '"' was kept, and printed as text that parsed back differently. */
    @Test
    void parameterWhoseNameIsNotATokenIsIgnored() {
        MediaType mediaType = MediaType.parse("=////////////////////////////;\"=;");

        assertEquals(0, mediaType.parameterCount());
        assertEquals(mediaType.toString(), MediaType.parse(mediaType.toString()).toString());
        assertEquals("b", MediaType.parse("text/plain; a b=1; =2; c(=3; x=b").parameter("x"));
        assertEquals(1, MediaType.parse("text/plain; a b=1; =2; c(=3; x=b").parameterCount());
    }

    @Test
    void charsetIsNullWhenAbsent() {
        assertNull(MediaType.parse("application/json").charset());
    }

    @Test
    void bareStarIsTheFullWildcard() {
        assertEquals("*/*", MediaType.parse("*").essence());
    }

    @Test
    void typeWithoutSlashIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> MediaType.parse("json"));

        assertEquals("The media type value must contain type/subtype.", error.getMessage());
    }

    @Test
    void emptySubtypeIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MediaType.parse("text/; charset=utf-8"));
    }

    @Test
    void toStringQuotesValuesThatAreNotTokens() {
        assertEquals("text/plain; charset=utf-8; title=\"a b\"",
                MediaType.parse("TEXT/plain;charset=utf-8;title=\"a b\"").toString());
    }
}
