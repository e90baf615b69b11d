package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.Forwarded;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardedParserTest {

    private static List<Forwarded> parse(String... headers) {
        return ForwardedParser.parse(List.of(headers));
    }

    @Test
    void parsesEveryParameterOfAnElement() {
        assertEquals(List.of(new Forwarded("192.0.2.60", "203.0.113.43", "example.com", "https")),
                parse("for=192.0.2.60;proto=https;by=203.0.113.43;host=example.com"));
    }

    @Test
    void commasSeparateElementsInOrder() {
        assertEquals(List.of(new Forwarded("a", null, null, null), new Forwarded("b", null, null, "http")),
                parse("for=a, for=b;proto=http"));
    }

    @Test
    void elementsOfSeveralHeadersFollowEachOther() {
        assertEquals(List.of(new Forwarded("a", null, null, null), new Forwarded("b", null, null, null)),
                parse("for=a", "for=b"));
    }

    @Test
    void parameterNamesAreCaseInsensitiveAndProtoIsLowerCased() {
        assertEquals(List.of(new Forwarded("x", null, null, "http")), parse("For=x;PROTO=Http"));
    }

    @Test
    void quotedIpv6WithPortIsKeptAsGiven() {
        assertEquals("[2001:db8::1]:4711", parse("for=\"[2001:db8::1]:4711\"").getFirst().src());
    }

    @Test
    void quotedPairsAreUnescaped() {
        assertEquals("ex\"a", parse("host=\"ex\\\"a\"").getFirst().host());
    }

    @Test
    void unquotedValueEndsAtFirstNonTokenCharacterAndTheRestOfTheElementIsSkipped() {
        assertEquals(List.of(new Forwarded("192.0.2.43", null, null, null), new Forwarded(null, null, "ex", null)),
                parse("for=192.0.2.43:80;proto=https, host=ex"));
    }

    @Test
    void pairWithoutSemicolonSeparatorEndsTheElement() {
        assertEquals(List.of(new Forwarded("a", null, null, null), new Forwarded("c", null, null, null)),
                parse("for=a by=b;host=h, for=c"));
    }

    @Test
    void whitespaceAroundPairsIsAllowed() {
        assertEquals(List.of(new Forwarded("a", "b", null, null)), parse(" for=a ;\tby=b "));
    }

    @Test
    void garbageElementIsSkipped() {
        assertEquals(List.of(new Forwarded("x", null, null, null)), parse("garbage, for=x"));
    }

    @Test
    void unknownParameterStillMakesAnElement() {
        assertEquals(List.of(new Forwarded(null, null, null, null)), parse("foo=bar"));
    }

    @Test
    void unterminatedQuotedStringIsSkipped() {
        assertEquals(List.of(new Forwarded("b", null, null, null)), parse("for=\"a, for=b"));
    }

    @Test
    void emptyValueSpoilsTheRestOfItsElement() {
        assertEquals(List.of(new Forwarded("y", null, null, null)), parse("for=;by=x, for=y"));
    }

    @Test
    void noHeadersGiveNoElements() {
        assertEquals(List.of(), ForwardedParser.parse(null));
    }
}
