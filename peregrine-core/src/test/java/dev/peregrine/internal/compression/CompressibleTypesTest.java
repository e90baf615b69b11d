package dev.peregrine.internal.compression;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.compression.ResponseCompression;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompressibleTypesTest {

    private final CompressibleTypes defaults = new CompressibleTypes(ResponseCompression.DEFAULT_TYPES);

    @Test
    void exactTypeMatchesWithParametersAndAnyCase() {
        assertTrue(defaults.matches("application/json"));
        assertTrue(defaults.matches("Application/JSON; charset=utf-8"));
        assertTrue(defaults.matches("image/svg+xml"));
    }

    @Test
    void typeWildcardMatchesEverySubtype() {
        assertTrue(defaults.matches("text/plain; charset=utf-8"));
        assertTrue(defaults.matches("text/csv"));
    }

    @Test
    void suffixWildcardMatchesStructuredSyntax() {
        assertTrue(defaults.matches("application/problem+json"));
        assertTrue(defaults.matches("application/atom+xml"));
        assertFalse(defaults.matches("application/jsonx"));
    }

    @Test
    void binaryAndMissingTypesDoNotMatch() {
        assertFalse(defaults.matches("image/png"));
        assertFalse(defaults.matches("application/octet-stream"));
        assertFalse(defaults.matches("application/gzip"));
        assertFalse(defaults.matches(null));
    }

    @Test
    void eventStreamsAreNeverCompressed() {
        assertFalse(defaults.matches("text/event-stream"));
        assertFalse(new CompressibleTypes(List.of("text/event-stream")).matches("text/event-stream"));
    }

    @Test
    void malformedRangesAreRefusedNamingTheForms() {
        for (String range : List.of("json", "*/*", "text/*json", "application/json; charset=utf-8", "*/json", "text/")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new CompressibleTypes(List.of(range)), range);
            assertTrue(e.getMessage().contains("type/*+suffix"), e.getMessage());
        }
    }
}
