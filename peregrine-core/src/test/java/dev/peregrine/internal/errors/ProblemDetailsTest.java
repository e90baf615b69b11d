package dev.peregrine.internal.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpNotFound;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest {

    @Test
    void fullErrorHasEveryMemberInOrder() {
        HttpError error = new HttpError(409, "Order already paid", "Order 7 was paid yesterday.")
                .code(42)
                .href("https://docs.example/errors/paid");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("type", "https://docs.example/errors/paid");
        expected.put("title", "Order already paid");
        expected.put("status", 409);
        expected.put("detail", "Order 7 was paid yesterday.");
        expected.put("code", 42);
        Map<String, Object> problem = ProblemDetails.toMap(error);

        assertEquals(expected, problem);
        assertEquals(List.copyOf(expected.keySet()), List.copyOf(problem.keySet()));
    }

    @Test
    void errorWithoutLinkIsAboutBlank() {
        assertEquals("about:blank", ProblemDetails.toMap(new HttpNotFound()).get("type"));
    }

    @Test
    void defaultTitleIsTheReasonPhrase() {
        Map<String, Object> problem = ProblemDetails.toMap(new HttpNotFound());

        assertEquals("Not Found", problem.get("title"));
        assertEquals(404, problem.get("status"));
    }

    @Test
    void absentDescriptionAndCodeAreLeftOut() {
        assertEquals(List.of("type", "title", "status"), List.copyOf(ProblemDetails.toMap(new HttpError(503)).keySet()));
    }

    @Test
    void typeIsThePercentEncodedLink() {
        assertEquals("http://x/%C3%A9", ProblemDetails.toMap(new HttpError(400).href("http://x/é")).get("type"));
    }

    @Test
    void stringCodeIsKeptAsAString() {
        assertEquals("E-17", ProblemDetails.toMap(new HttpError(400).code("E-17")).get("code"));
    }
}
