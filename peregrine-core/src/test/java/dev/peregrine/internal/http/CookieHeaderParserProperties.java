package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.peregrine.SetCookie;
import dev.peregrine.properties.NearValid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link CookieHeaderParser} never throws and keeps only well-named cookies; a cookie written by
 * {@link SetCookie} comes back from the Cookie header a browser would send, and from
 * {@link SetCookie#parse}.
 */
class CookieHeaderParserProperties {

    private static final String SPECIALS = ";=\" \t,\\";
    private static final String TOKEN_CHARS = "!#$%&'*+-.^_`|~abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    @Property
    void anyCookieHeaderParsesToWellNamedCookies(@ForAll("headers") List<String> headers) {
        LinkedHashMap<String, List<String>> cookies = CookieHeaderParser.parse(headers);
        cookies.forEach((name, values) -> {
            assertFalse(name.isEmpty());
            assertFalse(name.chars().anyMatch(c -> c <= ' ' || c == ';' || c == '=' || c == ','), name);
            assertFalse(values.isEmpty());
        });
    }

    @Property
    void setCookieComesBackInTheCookieHeader(@ForAll("names") String name, @ForAll("values") String value) {
        String setCookie = new SetCookie(name, value).httpOnly(false).toHeaderValue(false);
        assertEquals(Map.of(name, List.of(value)), CookieHeaderParser.parse(List.of(setCookie)), setCookie);
    }

    @Property
    void setCookieParsesBack(@ForAll("names") String name, @ForAll("values") String value, @ForAll("paths") String path) {
        SetCookie written = new SetCookie(name, value).path(path).maxAge(60).sameSite("Lax");
        SetCookie read = SetCookie.parse(written.toString());
        assertEquals(written.toString(), read.toString());
        assertEquals(value, read.value());
    }

    @Example
    void megabyteOfSeparatorsParsesInLinearTime() {
        String header = "a=\"\\".repeat(NearValid.HUGE / 8) + ";=; =".repeat(NearValid.HUGE / 10);
        NearValid.withinLinearBound(() -> CookieHeaderParser.parse(List.of(header)));
    }

    @Provide
    Arbitrary<List<String>> headers() {
        Arbitrary<String> valid = Arbitraries.of("a=1; b=2", "s=\"quoted \\\"x\\\" \\101\"", "c; d=x=y", "bad name=1; ok=2");
        return Arbitraries.oneOf(NearValid.anyText(SPECIALS), NearValid.mutationsOf(valid, SPECIALS)).list().ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(16);
    }

    /**
     * Values SetCookie accepts. NOTE: not the empty value: SetCookie writes it {@code a=""} and the
     * parser, like Falcon's, unquotes only values longer than their quotes, so it reads {@code ""}.
     */
    @Provide
    Arbitrary<String> values() {
        return Arbitraries.strings().withCharRange(' ', '~').ofMinLength(1).ofMaxLength(30);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.strings().withChars("/abc-_.~%").ofMaxLength(20).map(path -> "/" + path);
    }
}
