package dev.peregrine.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;


import dev.peregrine.routing.Converters;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UriTemplateExpandTest {

    private static UriTemplate parse(String template) {
        return UriTemplate.parse(template, new Converters());
    }

    @Test
    void literalTemplateExpandsToItself() {
        assertEquals("/things/all", parse("/things/all").expand(Map.of()));
    }

    @Test
    void rootTemplateExpandsToSlash() {
        assertEquals("/", parse("/").expand(Map.of()));
    }

    @Test
    void trailingSlashIsKept() {
        assertEquals("/a/1/", parse("/a/{id}/").expand(Map.of("id", 1)));
    }

    @Test
    void valuesArePercentEncoded() {
        assertEquals("/users/ann%20lee%2F%C3%BC", parse("/users/{name}").expand(Map.of("name", "ann lee/ü")));
    }

    @Test
    void nonAsciiLiteralTextIsEncoded() {
        assertEquals("/caf%C3%A9/menu.%C3%A0", parse("/café/{name}.à").expand(Map.of("name", "menu")));
    }

    @Test
    void valuesAreFormattedByTheirConverter() {
        UUID id = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        assertEquals("/d/15.01.2024/6ba7b810-9dad-11d1-80b4-00c04fd430c8/7",
                parse("/d/{day:dt('dd.MM.uuuu')}/{id:uuid}/{n:int}")
                        .expand(Map.of("day", LocalDate.of(2024, 1, 15), "id", id, "n", 7L)));
    }

    @Test
    void complexSegmentKeepsItsLiteralText() {
        assertEquals("/c/ann:main...bob:dev%2Fx",
                parse("/c/{usr0}:{branch0}...{usr1}:{branch1}")
                        .expand(Map.of("usr0", "ann", "branch0", "main", "usr1", "bob", "branch1", "dev/x")));
    }

    @Test
    void pathFieldKeepsItsSlashesAndEncodesEachSegment() {
        assertEquals("/static/css/my%20site.css",
                parse("/static/{file:path}").expand(Map.of("file", "css/my site.css")));
    }

    @Test
    void expandedPathMatchesTheTemplate() {
        CompiledRouter<String> router = new CompiledRouter<>(new Converters());
        UriTemplate template = router.add("/files/{owner}/{name}", "file");
        MatchedFields fields = new MatchedFields();

        router.find(template.expand(Map.of("owner", "a/b", "name", "x y")), fields);

        assertEquals("{owner=a/b, name=x y}", fields.toString());
    }

    @Test
    void missingFieldIsNamed() {
        assertEquals("Cannot expand '/a/{x}/{y}': no value for 'y'; its fields are 'x', 'y'",
                assertThrows(IllegalArgumentException.class, () -> parse("/a/{x}/{y}").expand(Map.of("x", 1)))
                        .getMessage());
    }

    @Test
    void unknownNameIsNamed() {
        assertEquals("Cannot expand '/a/{x}': no field named 'z'; its fields are 'x'",
                assertThrows(IllegalArgumentException.class, () -> parse("/a/{x}").expand(Map.of("x", 1, "z", 2)))
                        .getMessage());
    }
}
