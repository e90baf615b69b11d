package dev.peregrine.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.errors.MultipartParseError;
import dev.peregrine.properties.NearValid;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * multipart/form-data: a form built from parts reads back to the same names and contents, and
 * any body (built ones mutated, or arbitrary) reads to parts or fails with the documented
 * {@link MultipartParseError}, never another exception.
 */
class MultipartFormProperties {

    private static final String BOUNDARY = "----fuzz7MA4YWxk";
    private static final String SPECIALS = "-\r\n:;=\"\\ ";

    @Property
    void builtFormReadsBackToItsParts(@ForAll("parts") List<Tuple2<String, String>> parts) throws IOException {
        List<Tuple2<String, String>> read = new ArrayList<>();
        for (BodyPart part : MultipartForm.parse(stream(form(parts)), BOUNDARY, new MultipartOptions())) {
            read.add(Tuple.of(part.name(), part.text()));
        }
        assertEquals(parts, read);
    }

    @Property
    void anyBodyReadsOrFailsWithMultipartParseError(@ForAll("bodies") String body) throws IOException {
        try {
            MultipartForm form = MultipartForm.parse(stream(body), BOUNDARY, new MultipartOptions());
            for (BodyPart part = form.next(); part != null; part = form.next()) {
                part.name();
                part.filename();
                part.secureFilename();
                part.data();
            }
        } catch (MultipartParseError expected) {
            // the documented failure
        }
    }

    @Example
    void megabyteOfNearBoundariesParsesInLinearTime() {
        String body = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                + ("\r\n--" + BOUNDARY.substring(0, BOUNDARY.length() - 1) + "x").repeat(NearValid.HUGE / 20)
                + "\r\n--" + BOUNDARY + "--\r\n";
        NearValid.withinLinearBound(() -> {
            try {
                for (BodyPart part : MultipartForm.parse(stream(body), BOUNDARY, new MultipartOptions().maxBodyPartBufferSize(2_000_000))) {
                    part.data();
                }
                return null;
            } catch (IOException | MultipartParseError e) {
                return e;
            }
        });
    }

    @Provide
    Arbitrary<List<Tuple2<String, String>>> parts() {
        Arbitrary<String> name = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_-").ofMinLength(1).ofMaxLength(10);
        return Combinators.combine(name, NearValid.wellFormedText(60)).as(Tuple::of).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> valid = parts().map(MultipartFormProperties::form);
        return Arbitraries.oneOf(NearValid.anyText(SPECIALS), NearValid.mutationsOf(valid, SPECIALS),
                NearValid.mutationsOf(Arbitraries.just(form(List.of(Tuple.of("f", "x")))
                        .replace("name=\"f\"", "name=\"f\"; filename=\"../a b.txt\"; filename*=UTF-8''%E2%82%AC.txt")), SPECIALS));
    }

    private static String form(List<Tuple2<String, String>> parts) {
        StringBuilder body = new StringBuilder();
        for (Tuple2<String, String> part : parts) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(part.get1())
                    .append("\"\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n").append(part.get2()).append("\r\n");
        }
        return body.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private static ByteArrayInputStream stream(String body) {
        return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
    }
}
