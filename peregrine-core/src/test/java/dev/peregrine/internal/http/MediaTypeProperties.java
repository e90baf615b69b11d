package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.properties.NearValid;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Content-Type and Accept parsing: {@link MediaType#parse} throws only IllegalArgumentException,
 * a parsed type prints back to itself, and content negotiation never throws for a malformed
 * Accept header (it is as if nothing matched) and gives qualities from 0 to 1.
 */
class MediaTypeProperties {

    private static final String SPECIALS = "/;=\",*. \tq";

    @Property
    void anyContentTypeParsesOrIsIllegalArgument(@ForAll("mediaTypes") String text) {
        try {
            MediaType parsed = MediaType.parse(text);
            MediaType again = MediaType.parse(parsed.toString());
            assertEquals(parsed.toString(), again.toString(), text);
            assertEquals(parsed.essence(), again.essence());
        } catch (IllegalArgumentException expected) {
            // the documented failure
        }
    }

    @Property
    void anyAcceptHeaderNegotiatesWithoutThrowing(@ForAll("acceptHeaders") String accept) {
        String best = ContentNegotiation.bestMatch(List.of("application/json", "text/html", "text/plain"), accept);
        assertTrue(best == null || best.startsWith("application/json") || best.startsWith("text/"));
        ContentNegotiation.accepts(accept, "application/json");
        try {
            double quality = ContentNegotiation.quality("text/html", accept);
            assertTrue(quality >= 0 && quality <= 1, "quality " + quality);
        } catch (IllegalArgumentException expected) {
            // the documented failure for a malformed header
        }
    }

    @Example
    void megabyteOfParametersParsesInLinearTime() {
        String text = "text/plain" + ";a=\"\\\"".repeat(NearValid.HUGE / 7);
        NearValid.withinLinearBound(() -> {
            try {
                return MediaType.parse(text);
            } catch (IllegalArgumentException expected) {
                return null;
            }
        });
        String accept = "text/*;q=0.5,".repeat(NearValid.HUGE / 13);
        NearValid.withinLinearBound(() -> ContentNegotiation.bestMatch(List.of("text/html"), accept));
    }

    @Provide
    Arbitrary<String> mediaTypes() {
        Arbitrary<String> valid = Arbitraries.of("application/json", "text/plain; charset=utf-8",
                "multipart/form-data; boundary=\"a b;c\"", "application/vnd.api+json;v=2;q=1", "*/*");
        return Arbitraries.oneOf(NearValid.anyText(SPECIALS), NearValid.mutationsOf(valid, SPECIALS));
    }

    @Provide
    Arbitrary<String> acceptHeaders() {
        Arbitrary<String> valid = Arbitraries.of("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
                "application/json", "text/*;q=0.3, text/html;q=0.7, text/html;level=1", "*/*;q=0");
        return Arbitraries.oneOf(NearValid.anyText(SPECIALS), NearValid.mutationsOf(valid, SPECIALS));
    }
}
