package dev.peregrine.redirects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RedirectsTest {

    static Stream<Arguments> redirects() {
        return Stream.of(
                Arguments.of((Function<String, HttpRedirect>) HttpMovedPermanently::new, 301),
                Arguments.of((Function<String, HttpRedirect>) HttpFound::new, 302),
                Arguments.of((Function<String, HttpRedirect>) HttpSeeOther::new, 303),
                Arguments.of((Function<String, HttpRedirect>) HttpTemporaryRedirect::new, 307),
                Arguments.of((Function<String, HttpRedirect>) HttpPermanentRedirect::new, 308));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("redirects")
    void redirectHasItsStatusALocationAndNoBody(Function<String, HttpRedirect> redirect, int status) {
        HttpRedirect r = redirect.apply("/orders/7");

        assertInstanceOf(HttpStatus.class, r);
        assertEquals(status, r.status());
        assertEquals("/orders/7", r.location());
        assertEquals(1, r.headers().size());
        assertEquals(List.of("Location", "/orders/7"), List.of(r.headers().get(0)));
        assertNull(r.text());
    }

    @Test
    void locationIsSentVerbatimWithoutEncoding() {
        HttpRedirect r = new HttpFound("/süß?q=a b&x=%zz");

        assertEquals(List.of("Location", "/süß?q=a b&x=%zz"), List.of(r.headers().get(0)));
    }

    @Test
    void extraHeadersFollowLocationInTheMapsOrder() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Cache-Control", "no-store");
        headers.put("X-Reason", "moved");

        HttpRedirect r = new HttpMovedPermanently("https://example.org/new", headers);

        assertEquals(3, r.headers().size());
        assertEquals(List.of("Location", "https://example.org/new"), List.of(r.headers().get(0)));
        assertEquals(List.of("Cache-Control", "no-store"), List.of(r.headers().get(1)));
        assertEquals(List.of("X-Reason", "moved"), List.of(r.headers().get(2)));
    }

    @Test
    void headersCanStillBeAddedFluently() {
        HttpStatus r = new HttpSeeOther("/done").header("Set-Cookie", "flash=saved");

        assertEquals(List.of("Set-Cookie", "flash=saved"), List.of(r.headers().get(1)));
    }

    @Test
    void aSecondLocationInTheHeadersIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new HttpTemporaryRedirect("/a", Map.of("location", "/b")));

        assertEquals("Location '/b' given in the headers of a redirect to '/a'; "
                + "pass the target as the location argument only", e.getMessage());
    }

    @Test
    void aMissingLocationIsRejected() {
        assertThrows(NullPointerException.class, () -> new HttpPermanentRedirect(null));
    }
}
