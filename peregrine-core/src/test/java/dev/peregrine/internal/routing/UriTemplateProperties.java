package dev.peregrine.internal.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.properties.NearValid;
import dev.peregrine.routing.Converters;
import dev.peregrine.routing.UnacceptableRouteException;
import java.util.ArrayList;
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
 * Route templates: compiling any template either works or throws the documented
 * {@link UnacceptableRouteException}; matching any path never throws; and a generated template
 * matches the path made by filling its fields, giving those field values back.
 */
class UriTemplateProperties {

    private static final String SPECIALS = "/{}:()=,'\"%.*";
    private static final String SEGMENT_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789-_.~";

    @Property
    void anyTemplateCompilesOrIsRefusedWithUnacceptableRoute(@ForAll("templates") String template, @ForAll("paths") String path) {
        CompiledRouter<String> router = new CompiledRouter<>(new Converters());
        try {
            router.add(template, "target");
        } catch (UnacceptableRouteException expected) {
            // the documented failure
        }
        router.find(path, new MatchedFields());
    }

    @Property
    void filledTemplateMatchesWithItsFields(@ForAll("shapes") List<String> shape, @ForAll("fieldTexts") List<String> texts) {
        StringBuilder template = new StringBuilder();
        StringBuilder path = new StringBuilder();
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < shape.size(); i++) {
            String part = shape.get(i);
            if (part.equals("{}")) {
                String name = "f" + i;
                String text = texts.get(i % texts.size());
                template.append("/{").append(name).append('}');
                path.append('/').append(text);
                expected.put(name, text);
            } else {
                template.append('/').append(part);
                path.append('/').append(part);
            }
        }
        CompiledRouter<String> router = new CompiledRouter<>(new Converters());
        router.add(template.isEmpty() ? "/" : template.toString(), "target");
        MatchedFields fields = new MatchedFields();
        assertEquals("target", router.find(path.isEmpty() ? "/" : path.toString(), fields), template + " vs " + path);
        Map<String, String> matched = new LinkedHashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            matched.put(fields.name(i), fields.text(i));
        }
        assertEquals(expected, matched);
    }

    @Example
    void megabytePathMatchesInLinearTime() {
        CompiledRouter<String> router = new CompiledRouter<>(new Converters());
        router.add("/a/{x}/b/{y:int}", "target");
        router.add("/{p}.{q}", "other");
        String path = "/a" + "/b.".repeat(NearValid.HUGE / 3);
        NearValid.withinLinearBound(() -> router.find(path, new MatchedFields()));
    }

    @Example
    void hugeTemplateCompilesInLinearTime() {
        String template = "/{" + "a".repeat(NearValid.HUGE / 10) + "}" + "/x".repeat(NearValid.HUGE / 20);
        NearValid.withinLinearBound(() -> {
            try {
                return new CompiledRouter<String>(new Converters()).add(template, "target");
            } catch (UnacceptableRouteException expected) {
                return null;
            }
        });
    }

    @Provide
    Arbitrary<String> templates() {
        Arbitrary<String> valid = Arbitraries.of("/things/{id:int}", "/v2/queues/{name}/messages", "/files/{path:path}",
                "/{a}.{b}", "/x/{d:dt(\"%Y-%m-%d\")}", "/u/{id:uuid}", "/n/{n:int(3, min=1)}", "/f/{v:float}");
        return Arbitraries.oneOf(NearValid.anyText(SPECIALS), NearValid.mutationsOf(valid, SPECIALS));
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> valid = Arbitraries.of("/things/5", "/v2/queues/q/messages", "/files/a/b/c", "/a.b", "/x/2024-01-02");
        return Arbitraries.oneOf(NearValid.anyText("/%.").map(text -> "/" + text), NearValid.mutationsOf(valid, "/%."));
    }

    @Provide
    Arbitrary<List<String>> shapes() {
        Arbitrary<String> literal = Arbitraries.strings().withChars(SEGMENT_CHARS).ofMinLength(1).ofMaxLength(8);
        return Arbitraries.oneOf(literal, Arbitraries.just("{}")).list().ofMaxSize(6).map(ArrayList::new);
    }

    @Provide
    Arbitrary<List<String>> fieldTexts() {
        return Arbitraries.strings().withChars(SEGMENT_CHARS).ofMinLength(1).ofMaxLength(10).list().ofMinSize(1).ofMaxSize(6);
    }
}
