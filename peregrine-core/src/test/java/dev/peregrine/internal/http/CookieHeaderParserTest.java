package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CookieHeaderParserTest {

    private static Map<String, List<String>> parse(String... headers) {
        return CookieHeaderParser.parse(List.of(headers));
    }

    @Test
    void pairsAreSplitOnSemicolonsAndStripped() {
        assertEquals(Map.of("a", List.of("1"), "b", List.of("2")), parse("  a = 1 ;b=2;"));
    }

    @Test
    void allValuesOfANameAreKeptInOrder() {
        assertEquals(Map.of("a", List.of("1", "2", "3")), parse("a=1; a=2", "a=3"));
    }

    @Test
    void namesKeepFirstSeenOrder() {
        assertEquals(List.of("z", "a"), List.copyOf(parse("z=1; a=2; z=3").keySet()));
    }

    @Test
    void valuelessCookieGetsEmptyValue() {
        assertEquals(Map.of("b", List.of("")), parse("b"));
    }

    @Test
    void valueKeepsEverythingAfterTheFirstEquals() {
        assertEquals(Map.of("d", List.of("x=y")), parse("d=x=y"));
    }

    @Test
    void nameWithSpaceIsSkippedAndTheOthersSurvive() {
        assertEquals(Map.of("a", List.of("1"), "c", List.of("3")), parse("a=1; bad name=2; c=3"));
    }

    @Test
    void namesWithSeparatorsAreSkipped() {
        assertEquals(Map.of("ok", List.of("1")), parse("g,h=3; x/y=4; [z]=5; q\"=6; ok=1"));
    }

    @Test
    void emptyNamesAreSkipped() {
        assertEquals(Map.of("a", List.of("1")), parse("=4; ; a=1"));
    }

    @Test
    void quotedValueIsUnquotedWithOctalEscapes() {
        assertEquals(Map.of("c", List.of("A")), parse("c=\"\\101\""));
    }

    @Test
    void quotedValueIsUnquotedWithBackslashEscapes() {
        assertEquals(Map.of("f", List.of("a\"b")), parse("f=\"a\\\"b\""));
    }

    @Test
    void emptyQuotedValueStaysQuotedAsInFalcon() {
        assertEquals(Map.of("e", List.of("\"\"")), parse("e=\"\""));
    }

    @Test
    void valuesAreNotPercentDecoded() {
        assertEquals(Map.of("a", List.of("x%20y+z")), parse("a=x%20y+z"));
    }

    @Test
    void nonAsciiNameIsSkipped() {
        assertEquals(Map.of("a", List.of("1")), parse("é=2; a=1"));
    }

    @Test
    void noHeadersGiveNoCookies() {
        assertEquals(Map.of(), CookieHeaderParser.parse(null));
    }

    @Test
    void falconsVerifiedExampleParses() {
        Map<String, List<String>> cookies = parse("a=1; bad name=2; c=\"\\101\"; b; d=x=y");

        assertEquals(List.of("a", "c", "b", "d"), List.copyOf(cookies.keySet()));
        assertEquals(List.of("A"), cookies.get("c"));
        assertEquals(List.of(""), cookies.get("b"));
        assertEquals(List.of("x=y"), cookies.get("d"));
    }
}
