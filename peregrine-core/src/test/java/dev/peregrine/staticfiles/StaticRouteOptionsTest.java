package dev.peregrine.staticfiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaticRouteOptionsTest {

    @Test
    void defaultsServeInlineWithoutFallbackAndCacheFor1Second() {
        StaticRouteOptions options = new StaticRouteOptions();
        assertFalse(options.downloadable());
        assertNull(options.fallbackFilename());
        assertEquals(Duration.ofSeconds(1), options.cacheTtl());
        assertEquals(256, options.cacheMaxEntries());
        assertEquals(Map.of(), options.mediaTypes());
    }

    @Test
    void negativeTtlIsRefusedNamingTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StaticRouteOptions().cacheTtl(Duration.ofSeconds(-1)));
        assertEquals("A static route's cacheTtl must be zero or more, not PT-1S; use Duration.ZERO to check files"
                + " on every request", e.getMessage());
    }

    @Test
    void negativeMaxEntriesIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StaticRouteOptions().cacheMaxEntries(-1));
        assertEquals("A static route's cacheMaxEntries must be 0 (no cache) or more, not -1", e.getMessage());
    }

    @Test
    void mediaTypeKeysAreLowerCaseExtensionsWithoutTheDot() {
        StaticRouteOptions options = new StaticRouteOptions().mediaType(".WebP", "image/webp").mediaType("avif", "image/avif");
        assertEquals(Map.of("webp", "image/webp", "avif", "image/avif"), options.mediaTypes());
    }

    @Test
    void mediaTypeRefusesSomethingThatIsNotAnExtension() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StaticRouteOptions().mediaType("tar.gz", "application/gzip"));
        assertEquals("'tar.gz' is not a file extension; pass the part after the last dot, such as \"webp\"", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new StaticRouteOptions().mediaType("txt", " "));
    }
}
