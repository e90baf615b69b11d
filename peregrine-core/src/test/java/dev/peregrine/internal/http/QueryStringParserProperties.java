package dev.peregrine.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.peregrine.QueryString;
import dev.peregrine.properties.NearValid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/** {@link QueryStringParser} never throws, and reads back what {@link QueryString} writes. */
class QueryStringParserProperties {

    private static final String SPECIALS = "&=%+,;#?";

    @Property
    void anyQueryParsesToNamesWithValues(@ForAll("queries") String query, @ForAll boolean keepBlank, @ForAll boolean csv) {
        LinkedHashMap<String, List<String>> params = QueryStringParser.parse(query, keepBlank, csv);
        params.forEach((name, values) -> {
            assertNotNull(name);
            assertFalse(values.isEmpty(), "every name has a value");
            values.forEach(value -> assertNotNull(value));
        });
    }

    @Property
    void builtQueryStringParsesBackToItsPairs(@ForAll("pairs") List<Tuple2<String, String>> pairs) {
        QueryString built = new QueryString("/p");
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (Tuple2<String, String> pair : pairs) {
            built.add(pair.get1(), pair.get2());
            expected.computeIfAbsent(pair.get1(), name -> new ArrayList<>()).add(pair.get2());
        }
        String uri = built.toString();
        String query = uri.length() > 2 ? uri.substring(3) : "";
        assertEquals(expected, QueryStringParser.parse(query, true, false), uri);
    }

    @Example
    void megabyteOfSeparatorsAndEscapesParsesInLinearTime() {
        String query = "a=%2".repeat(NearValid.HUGE / 8) + "&&==%%++".repeat(NearValid.HUGE / 16);
        NearValid.withinLinearBound(() -> QueryStringParser.parse(query, true, true));
    }

    @Provide
    Arbitrary<String> queries() {
        Arbitrary<String> valid = Arbitraries.of("a=1&b=2", "x=%20y&x=z", "c=&d", "list=a,b,,c", "=v&q=%E2%82%AC", "p=a+b");
        return Arbitraries.oneOf(NearValid.anyText(SPECIALS), NearValid.mutationsOf(valid, SPECIALS));
    }

    @Provide
    Arbitrary<List<Tuple2<String, String>>> pairs() {
        Arbitrary<String> name = NearValid.wellFormedText(12).filter(text -> !text.isEmpty());
        return Combinators.combine(name, NearValid.wellFormedText(20)).as(Tuple::of).list().ofMaxSize(6);
    }
}
