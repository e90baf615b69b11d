package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class SetCookieParserTest {

    @Test
    void sameSiteIsCanonicalizedFromAnyCase() {
        assertEquals("Strict", SetCookieParser.canonicalSameSite("sTRICT"));
    }

    @Test
    void unknownSameSiteHasNoCanonicalForm() {
        assertNull(SetCookieParser.canonicalSameSite("Relaxed"));
    }

    @Test
    void attributeNamesAndValuesAreStripped() {
        SetCookieParser.Parsed parsed = SetCookieParser.parse(" a = 1 ;  Path =  /x  ; Domain= ex.com");

        assertEquals(new SetCookieParser.Parsed("a", "1", null, null, "ex.com", "/x", false, false, null, false),
                parsed);
    }

    @Test
    void rfc850ExpiresIsRead() {
        assertEquals(1_000_000_000L,
                SetCookieParser.parse("a=1; Expires=Sunday, 09-Sep-01 01:46:40 GMT").expires().getEpochSecond());
    }
}
