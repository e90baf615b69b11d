package dev.peregrine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegexConverterTest {

    private static FieldConverter converter(String arguments) {
        return new Converters().create("re", arguments);
    }

    @Test
    void fullMatchGivesTheTextItself() {
        assertEquals("abc", converter("\"[a-z]+\"").convert("abc"));
    }

    @Test
    void partialMatchDoesNotMatch() {
        assertNull(converter("\"[a-z]+\"").convert("abc1"));
    }

    @Test
    void bracesInsideThePatternWork() {
        FieldConverter currency = converter("\"[A-Z]{3}\"");

        assertEquals("EUR", currency.convert("EUR"));
        assertNull(currency.convert("EURO"));
    }

    @Test
    void backslashClassesNeedNoDoubleEscaping() {
        assertEquals("2024", converter("'\\d{4}'").convert("2024"));
    }

    @Test
    void patternIsRequired() {
        assertEquals("converter 're' needs argument 'pattern'",
                assertThrows(UnacceptableRouteException.class, () -> converter("")).getMessage());
    }

    @Test
    void invalidPatternIsRejectedAtStartup() {
        assertEquals("converter 're' pattern \"[a-z\" is not a valid regular expression: Unclosed character class "
                + "near index 3",
                assertThrows(UnacceptableRouteException.class, () -> converter("'[a-z'")).getMessage());
    }
}
