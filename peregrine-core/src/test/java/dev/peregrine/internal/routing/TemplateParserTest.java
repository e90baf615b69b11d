package dev.peregrine.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.routing.Converters;
import dev.peregrine.routing.UnacceptableRouteException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateParserTest {

    private static UriTemplate parse(String template) {
        return UriTemplate.parse(template, new Converters());
    }

    private static String failure(String template) {
        return assertThrows(UnacceptableRouteException.class, () -> parse(template)).getMessage();
    }

    private static List<String> segmentTexts(UriTemplate template) {
        return template.segments().stream().map(TemplateSegment::text).toList();
    }

    @Test
    void segmentsAreSplitOnSlashes() {
        UriTemplate template = parse("/repos/{org}/{repo}.{fmt}");

        assertEquals(List.of("repos", "{org}", "{repo}.{fmt}"), segmentTexts(template));
        assertInstanceOf(LiteralSegment.class, template.segments().get(0));
        assertInstanceOf(FieldSegment.class, template.segments().get(1));
        assertInstanceOf(ComplexSegment.class, template.segments().get(2));
    }

    @Test
    void textIsKeptAsGiven() {
        assertEquals("/things/{id:int(min=1)}", parse("/things/{id:int(min=1)}").text());
    }

    @Test
    void fieldNamesAreInTemplateOrder() {
        assertEquals(List.of("org", "repo", "usr0", "branch0", "usr1", "branch1"),
                parse("/repos/{org}/{repo}/compare/{usr0}:{branch0}...{usr1}:{branch1}").fieldNames());
    }

    @Test
    void rootTemplateIsOneEmptyLiteral() {
        assertEquals(List.of(""), segmentTexts(parse("/")));
    }

    @Test
    void trailingSlashIsAnEmptyLastSegment() {
        assertEquals(List.of("a", ""), segmentTexts(parse("/a/")));
    }

    @Test
    void complexSegmentKeepsItsLiteralPieces() {
        ComplexSegment segment = (ComplexSegment) parse("/c/{usr0}:{branch0}...{usr1}:{branch1}").segments().get(1);

        assertEquals(List.of("", ":", "...", ":", ""), segment.literals());
        assertEquals("{}:{}...{}:{}", segment.skeleton());
        assertEquals(5, segment.literalLength());
    }

    @Test
    void fieldWithoutConverterHasNone() {
        FieldSegment segment = (FieldSegment) parse("/{id}").segments().getFirst();

        assertEquals("id", segment.field().name());
        assertNull(segment.field().converter());
    }

    @Test
    void convertersAcceptPythonStyleArguments() {
        FieldSegment segment = (FieldSegment) parse("/{id:int(num_digits=4, min=1, max=9999)}").segments().getFirst();

        assertEquals(1234L, segment.field().convert("1234"));
        assertNull(segment.field().convert("123"));
    }

    @Test
    void bracesAndSlashesInsideQuotedArgumentsBelongToTheField() {
        UriTemplate template = parse("/x/{code:re(\"[a-z]{2,3}\")}/{day:dt('dd/MM/uuuu')}");

        assertEquals(List.of("x", "{code:re(\"[a-z]{2,3}\")}", "{day:dt('dd/MM/uuuu')}"), segmentTexts(template));
    }

    @Test
    void templateMustStartWithASlash() {
        assertEquals("Route template 'users' must start with '/'; write '/users'", failure("users"));
    }

    @Test
    void emptyTemplateIsRejected() {
        assertEquals("Route template '' must start with '/'; write '/'", failure(""));
    }

    @Test
    void doubleSlashIsRejected() {
        assertEquals("Route template '/a//b' has an empty segment ('//') at index 2; remove the extra '/'",
                failure("/a//b"));
    }

    @Test
    void leadingDoubleSlashIsRejected() {
        assertEquals("Route template '//a' has an empty segment ('//') at index 0; remove the extra '/'",
                failure("//a"));
    }

    @Test
    void whitespaceOutsideFieldsIsRejected() {
        assertEquals("Route template '/a b' has whitespace at index 2, outside any field; remove it or "
                + "percent-encode it (a space is %20)", failure("/a b"));
    }

    @Test
    void whitespaceInsideConverterArgumentsIsAllowed() {
        assertEquals(List.of("id"), parse("/{id:int( min = 1 )}").fieldNames());
    }

    @Test
    void fieldNameMustBeAnIdentifier() {
        assertEquals("Route template '/x/{user-id}' has field name 'user-id', which is not an identifier; use "
                + "letters, digits and '_', starting with a letter or '_'", failure("/x/{user-id}"));
    }

    @Test
    void fieldNameMayNotStartWithADigit() {
        assertEquals("Route template '/x/{2id}' has field name '2id', which is not an identifier; use "
                + "letters, digits and '_', starting with a letter or '_'", failure("/x/{2id}"));
    }

    @Test
    void emptyFieldIsRejected() {
        assertEquals("Route template '/x/{}' has field name '', which is not an identifier; use "
                + "letters, digits and '_', starting with a letter or '_'", failure("/x/{}"));
    }

    @Test
    void duplicateFieldNameIsRejected() {
        assertEquals("Route template '/x/{id}/y/{id}' uses field name 'id' twice; give each field its own name",
                failure("/x/{id}/y/{id}"));
    }

    @Test
    void colonWithoutConverterIsAMissingConverter() {
        assertEquals("Route template '/x/{a:}' has no converter after the ':' of field 'a'; name one, as in {a:int}, "
                + "or drop the ':'", failure("/x/{a:}"));
    }

    @Test
    void unknownConverterIsRejectedNamingTheTemplateAndField() {
        assertEquals("Route template '/x/{a:hex}', field 'a': unknown converter 'hex'; the registered converters are "
                + "dt, float, int, path, re, uuid. Register it with Converters.register(\"hex\", factory) before "
                + "adding the route", failure("/x/{a:hex}"));
    }

    @Test
    void badConverterArgumentIsRejectedNamingTheTemplateAndField() {
        assertEquals("Route template '/x/{id:int(foo=1)}', field 'id': converter 'int' has no parameter 'foo'; "
                + "it takes num_digits, min, max", failure("/x/{id:int(foo=1)}"));
    }

    @Test
    void converterNameMustBeAnIdentifier() {
        assertEquals("Route template '/x/{a:in t}' has converter name 'in t' in field 'a', which is not an "
                + "identifier; write {a:int} or another registered converter", failure("/x/{a:in t}"));
    }

    @Test
    void unclosedFieldIsRejected() {
        assertEquals("Route template '/x/{id/y' has a '{' at index 3 without its closing '}'; close the field or "
                + "remove it", failure("/x/{id/y"));
    }

    @Test
    void strayClosingBraceIsRejected() {
        assertEquals("Route template '/x/id}' has a '}' at index 5 that closes no field; remove it or add the '{'",
                failure("/x/id}"));
    }

    @Test
    void unclosedArgumentListIsRejected() {
        assertEquals("Route template '/x/{id:int(min=1}' has a '(' at index 10 without its ')'; close the "
                + "converter arguments", failure("/x/{id:int(min=1}"));
    }

    @Test
    void unclosedStringInArgumentsIsRejected() {
        assertEquals("Route template '/x/{s:re(\"[a-z]+)}' has a string in the field at index 3 that is never "
                + "closed; end it with \"", failure("/x/{s:re(\"[a-z]+)}"));
    }

    @Test
    void textBetweenArgumentsAndClosingBraceIsRejected() {
        assertEquals("Route template '/x/{id:int(1)x}' has text after the ')' of field 'id' at index 13; the field "
                + "must end right after its arguments, with '}'", failure("/x/{id:int(1)x}"));
    }

    @Test
    void pathFieldMustBeTheLastSegment() {
        assertEquals("Route template '/p/{rest:path}/x' has field {rest:path}, which takes the rest of the path, "
                + "before other segments; make it the last segment or use a converter that takes one segment",
                failure("/p/{rest:path}/x"));
    }

    @Test
    void pathFieldMustBeAloneInItsSegment() {
        assertEquals("Route template '/p/v{rest:path}' has field {rest:path}, which takes whole segments, in "
                + "segment 'v{rest:path}' with other text; give it a segment of its own", failure("/p/v{rest:path}"));
    }
}
