package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ETagTest {

    @Test
    void strongTagIsWrittenQuoted() {
        assertEquals("\"abc\"", ETag.strong("abc").toString());
    }

    @Test
    void weakTagIsWrittenWithPrefix() {
        assertEquals("W/\"abc\"", ETag.weak("abc").toString());
    }

    @Test
    void parseReadsWeakTag() {
        ETag tag = ETag.parse("W/\"abc\"");

        assertTrue(tag.isWeak());
        assertEquals("abc", tag.opaqueTag());
    }

    @Test
    void parseAcceptsLowerCaseWeaknessPrefix() {
        assertEquals(ETag.weak("abc"), ETag.parse("w/\"abc\""));
    }

    @Test
    void parseReadsStrongTag() {
        assertEquals(ETag.strong("abc"), ETag.parse(" \"abc\" "));
    }

    @Test
    void parseAcceptsUnquotedTagAsStrong() {
        assertEquals(ETag.strong("abc"), ETag.parse("abc"));
    }

    @Test
    void parseReadsStarAsAny() {
        assertSame(ETag.ANY, ETag.parse("*"));
    }

    @Test
    void quotedStarIsAnOrdinaryTag() {
        assertNotEquals(ETag.ANY, ETag.parse("\"*\""));
    }

    @Test
    void anyIsWrittenAsStar() {
        assertEquals("*", ETag.ANY.toString());
    }

    @Test
    void tagsWithDifferentWeaknessAreNotEqual() {
        assertNotEquals(ETag.strong("a"), ETag.weak("a"));
    }

    @Test
    void equalTagsHaveEqualHashCodes() {
        assertEquals(ETag.weak("a").hashCode(), ETag.parse("W/\"a\"").hashCode());
    }

    @Test
    void strongComparisonNeedsBothTagsStrong() {
        assertTrue(ETag.strong("1").strongMatches(ETag.strong("1")));
        assertFalse(ETag.strong("1").strongMatches(ETag.weak("1")));
        assertFalse(ETag.weak("1").strongMatches(ETag.weak("1")));
    }

    @Test
    void strongComparisonNeedsEqualOpaqueTags() {
        assertFalse(ETag.strong("1").strongMatches(ETag.strong("2")));
    }

    @Test
    void weakComparisonIgnoresWeakness() {
        assertTrue(ETag.weak("1").weakMatches(ETag.strong("1")));
        assertTrue(ETag.weak("1").weakMatches(ETag.weak("1")));
        assertFalse(ETag.weak("1").weakMatches(ETag.weak("2")));
    }

    @Test
    void anyMatchesEveryTag() {
        assertTrue(ETag.ANY.strongMatches(ETag.weak("x")));
        assertTrue(ETag.weak("x").weakMatches(ETag.ANY));
    }

    @Test
    void opaqueTagWithQuoteIsRejected() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ETag.strong("\"a\""));

        assertEquals("Entity-tag '\"a\"' may not contain a double quote (RFC 9110 §8.8.3);"
                + " pass the tag without its quotes",
                error.getMessage());
    }

    @Test
    void opaqueTagWithSpaceIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ETag.weak("a b"));
    }
}
