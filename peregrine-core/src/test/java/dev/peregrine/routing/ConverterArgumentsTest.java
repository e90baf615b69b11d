package dev.peregrine.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConverterArgumentsTest {

    private static String failure(String source) {
        return assertThrows(UnacceptableRouteException.class, () -> ConverterArguments.parse(source)).getMessage();
    }

    private static String bindFailure(String source, String converter, String... parameters) {
        return assertThrows(UnacceptableRouteException.class,
                () -> ConverterArguments.parse(source).bind(converter, parameters)).getMessage();
    }

    @Test
    void positionalThenNamedArgumentsKeepTheirOrder() {
        ConverterArguments arguments = ConverterArguments.parse("4, min=1, name=\"x\"");

        assertEquals(List.of(4L), arguments.positional());
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("min", 1L);
        named.put("name", "x");
        assertEquals(named, arguments.named());
    }

    @Test
    void integersDecimalsAndSignsAreTyped() {
        ConverterArguments arguments = ConverterArguments.parse("-5, +7, 2.5, .5, 6., 1e3, -2E-2");

        assertEquals(Arrays.asList(-5L, 7L, 2.5, 0.5, 6.0, 1000.0, -0.02), arguments.positional());
    }

    @Test
    void pythonAndJavaSpellingsOfBooleansAndNullAreAccepted() {
        ConverterArguments arguments = ConverterArguments.parse("true, True, false, False, null, None");

        assertEquals(Arrays.asList(true, true, false, false, null, null), arguments.positional());
    }

    @Test
    void singleAndDoubleQuotedStringsReadEscapes() {
        ConverterArguments arguments = ConverterArguments.parse("'it\\'s', \"say \\\"hi\\\"\", \"a\\\\b\", \"\\t\\n\"");

        assertEquals(List.of("it's", "say \"hi\"", "a\\b", "\t\n"), arguments.positional());
    }

    @Test
    void unknownEscapeKeepsItsBackslashForRegularExpressions() {
        assertEquals(List.of("\\d+\\.\\w"), ConverterArguments.parse("\"\\d+\\.\\w\"").positional());
    }

    @Test
    void bracesParenthesesAndCommasInsideStringsAreText() {
        assertEquals(List.of("[a-z]{2,3}(x)", "}{"), ConverterArguments.parse("\"[a-z]{2,3}(x)\", '}{'").positional());
    }

    @Test
    void whitespaceAroundTokensAndTrailingCommaAreAllowed() {
        ConverterArguments arguments = ConverterArguments.parse("  4 ,  min = 1 , ");

        assertEquals(List.of(4L), arguments.positional());
        assertEquals(Map.of("min", 1L), arguments.named());
    }

    @Test
    void emptySourceHasNoArguments() {
        assertTrue(ConverterArguments.parse("   ").isEmpty());
    }

    @Test
    void positionalAfterNamedIsRejected() {
        assertEquals("cannot read the converter arguments (min=1, 4) at column 8: a positional argument follows "
                + "a named one; put positional arguments first", failure("min=1, 4"));
    }

    @Test
    void sameNameTwiceIsRejected() {
        assertEquals("cannot read the converter arguments (min=1, min=2) at column 8: argument 'min' is given twice",
                failure("min=1, min=2"));
    }

    @Test
    void unquotedWordIsRejectedWithAHintToQuoteIt() {
        assertEquals("cannot read the converter arguments (max=five) at column 5: 'five' is not a value; "
                + "quote strings, as in \"five\"", failure("max=five"));
    }

    @Test
    void unclosedStringIsRejected() {
        assertEquals("cannot read the converter arguments (\"abc) at column 1: the string starting here has no "
                + "closing \"", failure("\"abc"));
    }

    @Test
    void missingValueAfterEqualsIsRejected() {
        assertEquals("cannot read the converter arguments (min=) at column 5: a value is missing", failure("min="));
    }

    @Test
    void malformedNumberIsRejected() {
        assertEquals("cannot read the converter arguments (12abc) at column 1: '12abc' is not a number",
                failure("12abc"));
    }

    @Test
    void integerBeyondSixtyFourBitsIsRejected() {
        assertEquals("cannot read the converter arguments (99999999999999999999) at column 1: integer "
                + "99999999999999999999 does not fit in 64 bits", failure("99999999999999999999"));
    }

    @Test
    void missingCommaBetweenArgumentsIsRejected() {
        assertEquals("cannot read the converter arguments (1 2) at column 3: expected ',', found '2'", failure("1 2"));
    }

    @Test
    void bindMapsPositionalArgumentsToParameterNamesInOrder() {
        ConverterArguments bound = ConverterArguments.parse("4, max=9").bind("int", "num_digits", "min", "max");

        assertEquals(4L, bound.integer("num_digits"));
        assertNull(bound.integer("min"));
        assertEquals(9L, bound.integer("max"));
    }

    @Test
    void bindRejectsAnUnknownNameAndListsTheParameters() {
        assertEquals("converter 'int' has no parameter 'foo'; it takes num_digits, min, max",
                bindFailure("foo=1", "int", "num_digits", "min", "max"));
    }

    @Test
    void bindRejectsSurplusPositionalArguments() {
        assertEquals("converter 'float' takes at most 3 arguments (min, max, finite) but 4 were given",
                bindFailure("1, 2, true, 4", "float", "min", "max", "finite"));
    }

    @Test
    void bindRejectsArgumentsForAConverterWithoutParameters() {
        assertEquals("converter 'uuid' takes no arguments but 1 was given", bindFailure("1", "uuid"));
    }

    @Test
    void bindRejectsAParameterGivenByPositionAndByName() {
        assertEquals("converter 'int' got two values for 'num_digits', by position and by name; give it once",
                bindFailure("4, num_digits=4", "int", "num_digits", "min", "max"));
    }

    @Test
    void typedGetterRejectsAValueOfAnotherType() {
        ConverterArguments bound = ConverterArguments.parse("min='1'").bind("int", "num_digits", "min", "max");

        assertEquals("converter 'int' argument 'min' must be an integer, not the string \"1\"",
                assertThrows(UnacceptableRouteException.class, () -> bound.integer("min")).getMessage());
    }

    @Test
    void decimalGetterWidensIntegers() {
        assertEquals(3.0, ConverterArguments.parse("3").bind("float", "min").decimal("min"));
    }

    @Test
    void requireRejectsAnAbsentOrNullArgument() {
        ConverterArguments bound = ConverterArguments.parse("None").bind("re", "pattern");

        assertEquals("converter 're' needs argument 'pattern'",
                assertThrows(UnacceptableRouteException.class, () -> bound.require("pattern")).getMessage());
    }

    @Test
    void toStringWritesTheArgumentsBackAsSource() {
        assertEquals("4, min=1, name=\"a\\\"b\"", ConverterArguments.parse("4, min=1, name='a\"b'").toString());
    }
}
