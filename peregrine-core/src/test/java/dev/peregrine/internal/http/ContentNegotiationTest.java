package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContentNegotiationTest {

    private static final String MIXED = "text/*;q=0.5, text/html;q=0.8, */*;q=0.1";

    @Test
    void exactRangeBeatsSubtypeWildcard() {
        assertEquals(0.8, ContentNegotiation.quality("text/html", MIXED));
    }

    @Test
    void subtypeWildcardBeatsFullWildcard() {
        assertEquals(0.5, ContentNegotiation.quality("text/plain", MIXED));
    }

    @Test
    void fullWildcardMatchesAnyOtherType() {
        assertEquals(0.1, ContentNegotiation.quality("image/png", MIXED));
    }

    @Test
    void noMatchingRangeMeansQualityZero() {
        assertEquals(0.0, ContentNegotiation.quality("image/png", "text/*"));
    }

    @Test
    void rangeWithExactlyTheSameParametersIsMostSpecific() {
        assertEquals(0.3, ContentNegotiation.quality("text/html; charset=utf-8",
                "text/html;charset=utf-8;q=0.3, text/html;q=0.7"));
    }

    @Test
    void rangeWithExtraParametersLosesToOneWithout() {
        assertEquals(0.7, ContentNegotiation.quality("text/html", "text/html;charset=utf-8;q=0.3, text/html;q=0.7"));
    }

    @Test
    void contradictingParameterMeansTheRangeDoesNotMatch() {
        assertEquals(0.6, ContentNegotiation.quality("text/html; level=1", "text/html;level=2;q=0.3, text/*;q=0.6"));
    }

    @Test
    void equallySpecificRangesGiveTheHighestQuality() {
        assertEquals(0.9, ContentNegotiation.quality("text/html", "text/html;q=0.2, text/html;q=0.9"));
    }

    @Test
    void qualityZeroExcludesAType() {
        assertEquals(0.0, ContentNegotiation.quality("text/html", "text/html;q=0, */*"));
    }

    @Test
    void typesCompareIgnoringCase() {
        assertEquals(1.0, ContentNegotiation.quality("text/html", "TEXT/HTML"));
    }

    @Test
    void bareStarInAcceptMeansAnything() {
        assertEquals(1.0, ContentNegotiation.quality("application/json", "*"));
    }

    @Test
    void emptyListElementsAreIgnored() {
        assertEquals(0.5, ContentNegotiation.quality("text/html", ", text/html;q=0.5 ,,"));
    }

    @Test
    void missingOrBlankAcceptMeansAnything() {
        assertEquals(1.0, ContentNegotiation.quality("text/csv", null));
        assertEquals(1.0, ContentNegotiation.quality("text/csv", "  "));
    }

    @Test
    void qualityRejectsMalformedAccept() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ContentNegotiation.quality("text/html", "text/html;q=2"));

        assertEquals("If provided, the q parameter must be a real number in the range 0 through 1.",
                error.getMessage());
    }

    @Test
    void qualityRejectsRangeWithoutSlash() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ContentNegotiation.quality("text/html", "text/html, html"));

        assertEquals("The media range value must contain type/subtype.", error.getMessage());
    }

    @Test
    void bestMatchPicksTheHighestQuality() {
        assertEquals("text/html", ContentNegotiation.bestMatch(List.of("application/json", "text/html"),
                "application/json;q=0.5, text/*"));
    }

    @Test
    void bestMatchBreaksTiesByTheOrderOfSupportedTypes() {
        assertEquals("application/json",
                ContentNegotiation.bestMatch(List.of("application/json", "text/html"), "text/html, application/json"));
    }

    @Test
    void bestMatchIsNullWhenNothingIsAcceptable() {
        assertNull(ContentNegotiation.bestMatch(List.of("application/json", "text/html"), "image/*"));
    }

    @Test
    void bestMatchIsNullForMalformedAccept() {
        assertNull(ContentNegotiation.bestMatch(List.of("application/json"), "application/json;q=x"));
    }

    @Test
    void bestMatchWithoutAcceptIsTheFirstSupportedType() {
        assertEquals("application/xml", ContentNegotiation.bestMatch(List.of("application/xml", "text/xml"), null));
    }

    @Test
    void bestMatchRejectsMalformedSupportedType() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ContentNegotiation.bestMatch(List.of("json"), "*/*"));

        assertEquals("'json' is not a media type; write it as type/subtype, for example application/json",
                error.getMessage());
    }

    @Test
    void acceptsTypeMatchedByWildcard() {
        assertTrue(ContentNegotiation.accepts("text/*, application/xml;q=0.1", "text/csv"));
    }

    @Test
    void doesNotAcceptTypeWithQualityZero() {
        assertFalse(ContentNegotiation.accepts("application/json;q=0, text/*", "application/json"));
    }

    @Test
    void doesNotAcceptAnythingUnderMalformedAccept() {
        assertFalse(ContentNegotiation.accepts("application/json;q=1.5", "application/json"));
    }

    @Test
    void acceptsEverythingWithoutAccept() {
        assertTrue(ContentNegotiation.accepts(null, "application/msgpack"));
    }

    @Test
    void quotedCommaDoesNotSplitARange() {
        assertEquals(0.4, ContentNegotiation.quality("text/html; x=\"a,b\"", "text/html;x=\"a,b\";q=0.4, */*;q=0.1"));
    }
}
