package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryStringParserTest {

    private static Map<String, List<String>> parse(String query, boolean keepBlank, boolean csv) {
        return QueryStringParser.parse(query, keepBlank, csv);
    }

    @Test
    void namesKeepFirstSeenOrderAndRepeatedValuesKeepTheirOrder() {
        Map<String, List<String>> params = parse("b=1&a=2&b=3", true, false);

        assertEquals(List.of("b", "a"), List.copyOf(params.keySet()));
        assertEquals(List.of("1", "3"), params.get("b"));
        assertEquals(List.of("2"), params.get("a"));
    }

    @Test
    void onlyTheFirstEqualsSignSplitsAField() {
        assertEquals(Map.of("a", List.of("1=2")), parse("a=1=2", true, false));
    }

    @Test
    void namesAndValuesArePercentDecodedWithPlusAsSpace() {
        assertEquals(Map.of("a b", List.of(" x y", "é")), parse("a+b=%20x+y&a%20b=%C3%A9", true, false));
    }

    @Test
    void malformedEscapeIsKeptLiterally() {
        assertEquals(Map.of("a", List.of("b c%zzé")), parse("a=b+c%zz%C3%A9", true, false));
    }

    @Test
    void invalidUtf8BecomesReplacementCharacter() {
        assertEquals(Map.of("a", List.of("x\uFFFDy")), parse("a=x%FFy", true, false));
    }

    @Test
    void keepBlankKeepsEmptyAndBareFieldsAsEmptyStrings() {
        assertEquals(Map.of("c", List.of(""), "d", List.of("")), parse("c=&d", true, false));
    }

    @Test
    void keepBlankKeepsValueWithEmptyName() {
        assertEquals(Map.of("", List.of("v")), parse("=v", true, false));
    }

    @Test
    void emptyNameWithoutValueIsAlwaysSkipped() {
        assertEquals(Map.of("a", List.of("1")), parse("&=&&a=1&", true, false));
    }

    @Test
    void withoutKeepBlankEmptyValuesAreDropped() {
        assertEquals(Map.of("a", List.of("1"), "", List.of("v")), parse("a=1&c=&d&=v", false, false));
    }

    @Test
    void blankIsJudgedBeforeDecodingSoPlusIsAValue() {
        assertEquals(Map.of("a", List.of(" ")), parse("a=+", false, false));
    }

    @Test
    void commasAreLiteralWithoutCsv() {
        assertEquals(Map.of("b", List.of("x,y,,z")), parse("b=x,y,,z", true, false));
    }

    @Test
    void csvSplitsOnUnencodedCommasKeepingEmptyElementsWhenBlanksAreKept() {
        assertEquals(Map.of("b", List.of("x", "y", "", "z")), parse("b=x,y,,z", true, true));
    }

    @Test
    void csvDropsEmptyElementsWhenBlanksAreNotKept() {
        assertEquals(Map.of("b", List.of("x", "y", "z")), parse("b=x,y,,z", false, true));
    }

    @Test
    void csvLeavesEncodedCommasInsideTheElement() {
        assertEquals(Map.of("e", List.of(",1", "2")), parse("e=%2C1,2", true, true));
    }

    @Test
    void csvElementsAndRepeatedNamesMerge() {
        assertEquals(Map.of("a", List.of("1", "2", "3", "4")), parse("a=1&a=2,3&a=4", true, true));
    }

    @Test
    void csvNeverSplitsNames() {
        assertEquals(Map.of("a,b", List.of("1")), parse("a,b=1", true, true));
    }

    @Test
    void nameWhoseEveryCsvElementIsEmptyIsLeftOut() {
        assertEquals(Map.of(), parse("b=,,", false, true));
    }

    @Test
    void emptyQueryStringGivesNoParameters() {
        assertEquals(Map.of(), parse("", true, true));
    }

    @Test
    void falconsVerifiedExampleParses() {
        Map<String, List<String>> params = parse("a=1&b=x,y,,z&c=&d&=v&e=%2C1,2", true, true);

        assertEquals(List.of("a", "b", "c", "d", "", "e"), List.copyOf(params.keySet()));
        assertEquals(List.of("x", "y", "", "z"), params.get("b"));
        assertEquals(List.of(",1", "2"), params.get("e"));
    }

    @Test
    void formBodyExampleFromFalconParses() {
        assertEquals(Map.of("a", List.of("1", "2"), "b", List.of(" x y"), "c", List.of("")),
                parse("a=1&a=2&b=%20x+y&c", true, false));
    }
}
