package dev.peregrine.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.peregrine.App;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** JSON that is not what a responder asked for is answered in JSON's terms: field paths and JSON kinds. */
class JsonShapeErrorsTest {

    enum Colour { RED, GREEN }

    record Thing(String name, int size) {
    }

    record Item(String name, double price, boolean gift) {
    }

    record Order(List<Item> items) {
    }

    record Named(@JsonProperty(required = true) String name, Integer size) {
    }

    record Tagged(Colour colour, UUID id) {
    }

    record Positive(int size) {
        Positive {
            if (size < 0) {
                throw new IllegalArgumentException("size must not be negative");
            }
        }
    }

    record Crate(List<Positive> contents) {
    }

    record Ranking(Map<Integer, String> byRank) {
    }

    /** POSTs {@code json} to a responder that reads the body as {@code type} and answers 204. */
    private static Result post(String json, Class<?> type) {
        TestClient client = new TestClient(new App().post("/r", (req, resp) -> {
            req.media(type);
            resp.status(204);
        }));
        return client.post("/r").contentType("application/json").body(json).send();
    }

    private static Map<String, Object> invalid(String description) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("title", "Request data failed validation");
        error.put("description", description);
        return error;
    }

    private static Map<String, Object> notJson(String reason) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("title", "Invalid JSON");
        error.put("description", "Could not parse JSON body - " + reason);
        return error;
    }

    // ---- The wrong kind of value -----------------------------------------------------------------

    @Test
    void arrayWhereAnObjectIsExpectedSaysSo() {
        Result result = post("[1]", Map.class);

        assertEquals(400, result.status());
        assertEquals(invalid("The JSON body must be an object, got an array."), result.json());
    }

    @Test
    void objectWhereAnArrayIsExpectedSaysSo() {
        assertEquals(invalid("The JSON body must be an array, got an object."), post("{}", List.class).json());
    }

    @Test
    void scalarWhereARecordIsExpectedSaysSo() {
        assertEquals(invalid("The JSON body must be an object, got a string."), post("\"spoon\"", Thing.class).json());
    }

    @Test
    void stringForANumberNamesTheField() {
        assertEquals(invalid("Field 'price' must be a number, got a string."),
                post("{\"name\": \"a\", \"price\": \"cheap\"}", Item.class).json());
    }

    @Test
    void numericStringForAnIntIsStillAString() {
        assertEquals(invalid("Field 'size' must be an integer, got a string."),
                post("{\"name\": \"a\", \"size\": \"12\"}", Thing.class).json());
    }

    @Test
    void fractionForAnIntIsRefusedNotTruncated() {
        assertEquals(invalid("Field 'size' must be an integer, got a number with a fraction or exponent."),
                post("{\"name\": \"a\", \"size\": 1.5}", Thing.class).json());
    }

    @Test
    void nullForAPrimitiveIsRefusedNotZero() {
        assertEquals(invalid("Field 'size' must be an integer, got null."),
                post("{\"name\": \"a\", \"size\": null}", Thing.class).json());
    }

    @Test
    void stringForABooleanSaysTrueOrFalse() {
        assertEquals(invalid("Field 'gift' must be true or false, got a string."),
                post("{\"name\": \"a\", \"price\": 1, \"gift\": \"yes\"}", Item.class).json());
    }

    @Test
    void booleanForAnIntNamesTheLiteral() {
        assertEquals(invalid("Field 'size' must be an integer, got true."),
                post("{\"name\": \"a\", \"size\": true}", Thing.class).json());
    }

    @Test
    void wrongFieldInsideAListOfRecordsNamesItsPath() {
        String json = "{\"items\": [{\"name\": \"a\", \"price\": 1, \"gift\": false}, {\"name\": \"b\", \"price\": [2], \"gift\": false}]}";

        assertEquals(invalid("Field 'items[1].price' must be a number, got an array."), post(json, Order.class).json());
    }

    @Test
    void badElementOfATopLevelListNamesItsIndex() {
        assertEquals(invalid("Field '[1]' must be an object, got a number."),
                post("[{\"name\": \"a\", \"price\": 1, \"gift\": false}, 5]", Item[].class).json());
    }

    @Test
    void mapKeyOfTheWrongKindNamesTheMap() {
        assertEquals(invalid("Field 'byRank' has a key that is not an integer."),
                post("{\"byRank\": {\"1\": \"gold\", \"first\": \"silver\"}}", Ranking.class).json());
    }

    // ---- Missing, unknown and refused fields -----------------------------------------------------

    @Test
    void missingPrimitiveComponentIsRequired() {
        assertEquals(invalid("Field 'size' is required."), post("{\"name\": \"a\"}", Thing.class).json());
    }

    @Test
    void missingRequiredPropertyIsNamedWithItsPath() {
        assertEquals(invalid("Field 'name' is required."), post("{\"size\": 1}", Named.class).json());
    }

    @Test
    void unknownFieldListsTheKnownOnes() {
        assertEquals(invalid("Field 'colour' is not one of the known fields: 'name', 'size'."),
                post("{\"name\": \"a\", \"size\": 1, \"colour\": \"red\"}", Thing.class).json());
    }

    @Test
    void valueOutsideAnEnumIsNotAccepted() {
        assertEquals(invalid("Field 'colour' is not one of the accepted values."),
                post("{\"colour\": \"BLUE\"}", Tagged.class).json());
    }

    @Test
    void numberForAnEnumIsRefusedNotTakenAsAnIndex() {
        assertEquals(invalid("Field 'colour' must be a string, got a number."), post("{\"colour\": 1}", Tagged.class).json());
    }

    @Test
    void malformedUuidIsNotInAnAcceptedFormat() {
        assertEquals(invalid("Field 'id' is not in an accepted format."), post("{\"id\": \"42\"}", Tagged.class).json());
    }

    @Test
    void recordThatRefusesItsValuesIsNamedWithoutItsReason() {
        assertEquals(invalid("The JSON body holds values that are not accepted."),
                post("{\"size\": -1}", Positive.class).json());
        assertEquals(invalid("Field 'contents[1]' holds values that are not accepted."),
                post("{\"contents\": [{\"size\": 1}, {\"size\": -1}]}", Crate.class).json());
    }

    @Test
    void typeJacksonCannotBuildIsTheApplicationsBug() {
        Result result = post("{}", Runnable.class);

        assertEquals(500, result.status());
        assertEquals(Map.of("title", "500 Internal Server Error"), result.json());
    }

    // ---- Bodies that are not JSON ----------------------------------------------------------------

    @Test
    void contentAfterTheValueIsNotJson() {
        assertEquals(notJson("More content follows the JSON value (line 1, column 4)"), post("{} {}", Map.class).json());
    }

    @Test
    void bodyEndingInsideTheValueSaysSo() {
        assertEquals(notJson("The body ends before its JSON value does (line 1, column 6)"), post("{\"a\":", Map.class).json());
    }

    @Test
    void syntaxErrorsKeepTheParsersReasonWithoutJacksonAdvice() {
        assertEquals(notJson("Unexpected close marker ']': expected '}' (line 1, column 8)"),
                post("{\"a\": 1]", Map.class).json());
        assertEquals(notJson("Unexpected character ('+' (code 43)) in numeric value: JSON spec does not allow"
                + " numbers to have plus signs (line 1, column 8)"), post("{\"a\": +1}", Map.class).json());
    }

    @Test
    void numberLongerThanTheLimitNamesTheLimit() {
        Result result = post("[1" + "0".repeat(1000) + "]", List.class);

        assertEquals(notJson("Number value length (1001) exceeds the maximum allowed (1000)"), result.json());
    }

    @Test
    void whitespaceOnlyBodyIsEmpty() {
        Result result = post("  \n ", Map.class);

        assertEquals(Map.of("title", "Invalid JSON", "description", "Could not parse an empty JSON body"), result.json());
    }

    // ---- No Java in any description --------------------------------------------------------------

    @Test
    void noDescriptionOfAWrongShapeNamesJavaOrJackson() {
        Map<String, Class<?>> wrongShapes = new LinkedHashMap<>();
        wrongShapes.put("[1]", Map.class);
        wrongShapes.put("{\"a\": 1}", List.class);
        wrongShapes.put("{\"name\": \"a\", \"size\": \"big\"}", Thing.class);
        wrongShapes.put("{\"name\": \"a\", \"size\": 2147483648}", Thing.class);
        wrongShapes.put("{\"name\": \"a\", \"size\": 2.5}", Thing.class);
        wrongShapes.put("{\"name\": \"a\", \"size\": null}", Thing.class);
        wrongShapes.put("{\"name\": {}, \"size\": 1}", Thing.class);
        wrongShapes.put("{\"items\": [{\"name\": \"a\", \"price\": 1, \"gift\": {\"x\": 1}}]}", Order.class);
        wrongShapes.put("{\"items\": [{\"name\": \"a\", \"price\": 1, \"gift\": true}, \"b\"]}", Order.class);
        wrongShapes.put("{\"items\": {}}", Order.class);
        wrongShapes.put("[{\"name\": \"a\", \"price\": 1, \"gift\": true}, [], 3]", Item[].class);
        wrongShapes.put("{\"name\": \"a\", \"size\": 1, \"extra\": 2}", Thing.class);
        wrongShapes.put("{\"size\": 1}", Named.class);
        wrongShapes.put("{\"colour\": 1}", Tagged.class);
        wrongShapes.put("{\"contents\": [{\"size\": -1}]}", Crate.class);
        wrongShapes.put("{\"n\": 1e400}", Map.class);
        wrongShapes.put("{\"byRank\": {\"x\": \"gold\"}}", Ranking.class);
        wrongShapes.put("3", Thing.class);
        wrongShapes.put("{} []", Thing.class);
        wrongShapes.forEach((json, type) -> {
            Result result = post(json, type);
            assertEquals(400, result.status(), json);
            String description = (String) result.jsonObject().get("description");

            for (String internal : List.of("java.", "com.fasterxml", "Ljava", "START_", "VALUE_", "token")) {
                assertFalse(description.contains(internal), json + " -> " + description);
            }
        });
    }
}
