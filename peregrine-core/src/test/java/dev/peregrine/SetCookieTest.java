package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SetCookieTest {

    private static final Instant NOV_6_1994 = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void falconsVerifiedExampleIsWrittenTheSame() {
        assertEquals("sid=abc; HttpOnly; Max-Age=60; SameSite=Lax; Secure",
                new SetCookie("sid", "abc").maxAge(60).sameSite("lax").toHeaderValue(true));
    }

    @Test
    void attributesFollowFalconsOrder() {
        SetCookie cookie = new SetCookie("q", "v").path("/p").secure(true).partitioned(true).sameSite("STRICT")
                .maxAge(5).expires(NOV_6_1994).domain("example.com");

        assertEquals("q=v; Domain=example.com; Expires=Sun, 06 Nov 1994 08:49:37 GMT; HttpOnly; Max-Age=5;"
                + " Partitioned; Path=/p; SameSite=Strict; Secure", cookie.toHeaderValue(false));
    }

    @Test
    void valueNeedingQuotesIsQuotedWithEscapesAsPythonDoes() {
        assertEquals("q=\"a b\\073c\\054d\\\"e\\\\f\"",
                new SetCookie("q", "a b;c,d\"e\\f").httpOnly(false).toHeaderValue(false));
    }

    @Test
    void emptyValueIsWrittenAsEmptyQuotes() {
        assertEquals("e=\"\"; HttpOnly; Secure", new SetCookie("e", "").toHeaderValue(true));
    }

    @Test
    void unsetSecureFollowsTheApplicationDefault() {
        assertEquals("a=1; HttpOnly", new SetCookie("a", "1").toHeaderValue(false));
    }

    @Test
    void explicitSecureOverridesTheApplicationDefault() {
        assertEquals("a=1; HttpOnly", new SetCookie("a", "1").secure(false).toHeaderValue(true));
    }

    @Test
    void maxAgeZeroIsWritten() {
        assertEquals("a=1; Max-Age=0", new SetCookie("a", "1").httpOnly(false).maxAge(0).toHeaderValue(false));
    }

    @Test
    void emptyDomainAndPathAreLeftOut() {
        assertEquals("a=1", new SetCookie("a", "1").httpOnly(false).domain("").path("").toHeaderValue(false));
    }

    @Test
    void httpOnlyIsOnByDefault() {
        assertTrue(new SetCookie("a", "1").httpOnly());
    }

    @Test
    void secureIsUnsetByDefault() {
        assertNull(new SetCookie("a", "1").secure());
    }

    @Test
    void nameMustBeAToken() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new SetCookie("a b", "1"));

        assertEquals("Cookie name 'a b' must be a non-empty token of ASCII letters, digits and !#$%&'*+-.^_`|~"
                + " (RFC 6265 §4.1.1)", error.getMessage());
    }

    @Test
    void nonAsciiNameIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SetCookie("é", "1"));
    }

    @Test
    void nonAsciiValueIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> new SetCookie("a", "xé"));

        assertEquals("The value of cookie 'a' holds a non-ASCII or control character at index 1;"
                + " encode it first, for example with Base64", error.getMessage());
    }

    @Test
    void controlCharacterInValueIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SetCookie("a", "x\ny"));
    }

    @Test
    void unknownSameSiteIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new SetCookie("a", "1").sameSite("sometimes"));

        assertEquals("SameSite must be 'Lax', 'Strict' or 'None', not 'sometimes'", error.getMessage());
    }

    @Test
    void pathWithSemicolonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SetCookie("a", "1").path("/a;Secure"));
    }

    @Test
    void parseReadsEveryAttribute() {
        SetCookie cookie = SetCookie.parse("q=\"a b\\073c\"; domain=example.com; expires=Sun, 06-Nov-1994 08:49:37 GMT;"
                + " httponly; MAX-AGE=60; Partitioned; Path=/p; SameSite=none; Secure");

        assertEquals("q", cookie.name());
        assertEquals("a b;c", cookie.value());
        assertEquals("example.com", cookie.domain());
        assertEquals(NOV_6_1994, cookie.expires());
        assertTrue(cookie.httpOnly());
        assertEquals(60L, cookie.maxAge());
        assertTrue(cookie.partitioned());
        assertEquals("/p", cookie.path());
        assertEquals("None", cookie.sameSite());
        assertEquals(Boolean.TRUE, cookie.secure());
    }

    @Test
    void parseLeavesAbsentAttributesUnset() {
        SetCookie cookie = SetCookie.parse("a=1");

        assertNull(cookie.expires());
        assertNull(cookie.maxAge());
        assertNull(cookie.domain());
        assertNull(cookie.sameSite());
        assertFalse(cookie.httpOnly());
        assertEquals(Boolean.FALSE, cookie.secure());
    }

    @Test
    void parseIgnoresUnreadableAndUnknownAttributes() {
        SetCookie cookie = SetCookie.parse("a=1; Expires=soon; Max-Age=1.5; SameSite=sometimes; Priority=High");

        assertNull(cookie.expires());
        assertNull(cookie.maxAge());
        assertNull(cookie.sameSite());
    }

    @Test
    void parseReadsNegativeMaxAge() {
        assertEquals(-1L, SetCookie.parse("a=1; Max-Age=-1").maxAge());
    }

    @Test
    void parseKeepsEqualsSignsInTheValue() {
        assertEquals("x=y", SetCookie.parse("d=x=y; Path=/").value());
    }

    @Test
    void parseRejectsValueWithoutNameValuePair() {
        assertThrows(IllegalArgumentException.class, () -> SetCookie.parse("Secure; a=1"));
    }

    @Test
    void parseRejectsEmptyName() {
        assertThrows(IllegalArgumentException.class, () -> SetCookie.parse(" =1"));
    }

    @Test
    void writtenCookieParsesBackToTheSameHeader() {
        String header = new SetCookie("sid", "a,b").maxAge(60).sameSite("Lax").path("/").toHeaderValue(true);

        assertEquals(header, SetCookie.parse(header).toHeaderValue(false));
    }
}
