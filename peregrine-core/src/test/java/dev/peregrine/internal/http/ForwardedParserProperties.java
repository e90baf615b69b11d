package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.Forwarded;
import dev.peregrine.properties.NearValid;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@link ForwardedParser} never throws (its documented contract), and reads well-formed elements exactly. */
class ForwardedParserProperties {

    private static final String SPECIALS = ",;=\"\\ []:";
    private static final String TOKEN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789.-_";

    @Property
    void anyForwardedHeaderParses(@ForAll("headers") List<String> headers) {
        ForwardedParser.parse(headers);
    }

    @Property
    void wellFormedElementParsesBack(@ForAll("tokens") String source, @ForAll("tokens") String host, @ForAll boolean https) {
        String scheme = https ? "https" : "http";
        String header = "for=\"[2001:db8::1]:4711\";proto=" + scheme + ";host=" + host + ", For=" + source;
        assertEquals(List.of(new Forwarded("[2001:db8::1]:4711", null, host, scheme), new Forwarded(source, null, null, null)),
                ForwardedParser.parse(List.of(header)));
    }

    @Example
    void megabyteOfQuotesAndSeparatorsParsesInLinearTime() {
        String header = "for=\"\\".repeat(NearValid.HUGE / 6) + ";,=".repeat(NearValid.HUGE / 3);
        NearValid.withinLinearBound(() -> ForwardedParser.parse(List.of(header)));
    }

    @Provide
    Arbitrary<List<String>> headers() {
        Arbitrary<String> valid = Arbitraries.of("for=192.0.2.60;proto=http;by=203.0.113.43",
                "for=\"[2001:db8:cafe::17]:4711\", for=unknown", "host=\"a\\\"b\";proto=https");
        return Arbitraries.oneOf(NearValid.anyText(SPECIALS), NearValid.mutationsOf(valid, SPECIALS)).list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> tokens() {
        return Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(20);
    }
}
