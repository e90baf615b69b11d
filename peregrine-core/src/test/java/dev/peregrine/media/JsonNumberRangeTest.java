package dev.peregrine.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.peregrine.App;
import dev.peregrine.Request;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** JSON numbers too large for the double or float they become are refused, naming the field. */
class JsonNumberRangeTest {

    private static final String DOUBLE_RANGE = "it must be a number from -1.7976931348623157E308 to 1.7976931348623157E308.";

    record Item(String name, double price) {
    }

    record Order(List<Item> items) {
    }

    record Ratio(float ratio) {
    }

    record Samples(double[] values, Double mean) {
    }

    record Amount(BigDecimal amount) {
    }

    record Counts(int small, long large) {
    }

    record Sizes(short shoe) {
    }

    /** POSTs {@code json} to a responder that answers with what {@code read} makes of the request, as JSON. */
    private static Result post(String json, Function<Request, Object> read) {
        TestClient client = new TestClient(new App().post("/r", (req, resp) -> resp.media(read.apply(req))));
        return client.post("/r").contentType("application/json").body(json).send();
    }

    private static Map<String, Object> outOfRange(String description) {
        return Map.of("title", "Request data failed validation", "description", description);
    }

    @Test
    void hugeNumberInAnUntypedObjectIs400NamingTheField() {
        Result result = post("{\"n\": 1e999999999}", req -> req.media(Map.class));

        assertEquals(400, result.status());
        assertEquals(outOfRange("Field 'n' is out of range: " + DOUBLE_RANGE), result.json());
    }

    @Test
    void hugeNumberDeepInUntypedListsNamesItsPath() {
        Result result = post("{\"a\": [{\"b\": [1, -1e400]}]}", req -> req.media(Map.class));

        assertEquals(outOfRange("Field 'a[0].b[1]' is out of range: " + DOUBLE_RANGE), result.json());
    }

    @Test
    void hugeNumberInATopLevelListNamesItsIndex() {
        Result result = post("[1.5, 1e400]", req -> req.media(List.class));

        assertEquals(outOfRange("Field '[1]' is out of range: " + DOUBLE_RANGE), result.json());
    }

    @Test
    void hugeNumberAsTheWholeBodyNamesTheBody() {
        Result result = post("1e400", req -> req.media(Object.class));

        assertEquals(outOfRange("The JSON body is out of range: " + DOUBLE_RANGE), result.json());
    }

    @Test
    void hugeNumberForADoubleInAListOfRecordsNamesTheElementsField() {
        String json = "{\"items\": [{\"name\": \"a\", \"price\": 1}, {\"name\": \"b\", \"price\": 2},"
                + " {\"name\": \"c\", \"price\": 1e309}]}";

        Result result = post(json, req -> req.media(Order.class));

        assertEquals(outOfRange("Field 'items[2].price' is out of range: " + DOUBLE_RANGE), result.json());
    }

    @Test
    void hugeIntegerForADoubleIsOutOfRangeToo() {
        Result result = post("{\"name\": \"a\", \"price\": 1" + "0".repeat(400) + "}", req -> req.media(Item.class));

        assertEquals(outOfRange("Field 'price' is out of range: " + DOUBLE_RANGE), result.json());
    }

    @Test
    void numberFiniteAsADoubleButNotAsAFloatIsOutOfRangeForAFloat() {
        Result result = post("{\"ratio\": 1e39}", req -> req.media(Ratio.class));

        assertEquals(outOfRange("Field 'ratio' is out of range: it must be a number from -3.4028235E38 to 3.4028235E38."),
                result.json());
    }

    @Test
    void doubleArraysBoxedDoublesAndTreesAreChecked() {
        assertEquals(outOfRange("Field 'values[1]' is out of range: " + DOUBLE_RANGE),
                post("{\"values\": [0.5, 1e400]}", req -> req.media(Samples.class)).json());
        assertEquals(outOfRange("Field 'mean' is out of range: " + DOUBLE_RANGE),
                post("{\"mean\": -1e400}", req -> req.media(Samples.class)).json());
        assertEquals(outOfRange("Field 'a[1]' is out of range: " + DOUBLE_RANGE),
                post("{\"a\": [1, 1e400]}", req -> req.media(JsonNode.class)).json());
    }

    @Test
    void integerTooLargeForAnIntOrALongNamesItsRange() {
        assertEquals(outOfRange("Field 'small' is out of range: it must be an integer from -2147483648 to 2147483647."),
                post("{\"small\": 2147483648, \"large\": 1}", req -> req.media(Counts.class)).json());
        assertEquals(outOfRange("Field 'large' is out of range: it must be an integer from -9223372036854775808 to 9223372036854775807."),
                post("{\"small\": 1, \"large\": -9223372036854775809}", req -> req.media(Counts.class)).json());
    }

    @Test
    void integerTooLargeForAShortNamesItsRange() {
        assertEquals(outOfRange("Field 'shoe' is out of range: it must be an integer from -32768 to 32767."),
                post("{\"shoe\": 40000}", req -> req.media(Sizes.class)).json());
    }

    @Test
    void largestFiniteDoubleIsAccepted() {
        Result result = post("{\"n\": 1.7976931348623157E308}", req -> req.media(Map.class));

        assertEquals(200, result.status());
        assertEquals(Map.of("n", Double.MAX_VALUE), result.json());
    }

    @Test
    void bigDecimalKeepsAHugeExponentExactly() {
        Result result = post("{\"amount\": 1.5e999999}", req -> req.media(Amount.class).amount().toString());

        assertEquals(200, result.status());
        assertEquals("1.5E+999999", result.json());
    }

    @Test
    void nanAndInfinityLiteralsAreNotJson() {
        Map<String, Integer> columnAfter = Map.of("NaN", 10, "Infinity", 15, "-Infinity", 16);
        columnAfter.forEach((literal, column) -> {
            Result result = post("{\"n\": " + literal + "}", req -> req.media(Map.class));

            assertEquals(400, result.status(), literal);
            assertEquals(Map.of("title", "Invalid JSON", "description",
                    "Could not parse JSON body - NaN and Infinity are not JSON numbers (line 1, column " + column + ")"),
                    result.json(), literal);
        });
    }

    @Test
    void nanInARecordFieldIsNotJsonEither() {
        Result result = post("{\"name\": \"a\", \"price\": NaN}", req -> req.media(Item.class));

        assertEquals(Map.of("title", "Invalid JSON", "description",
                "Could not parse JSON body - NaN and Infinity are not JSON numbers (line 1, column 27)"), result.json());
    }

    @Test
    void hugeNumberInAJsonQueryParameterIsAnInvalidParameter() {
        TestClient client = new TestClient(new App().get("/r", (req, resp) -> resp.media(req.paramAsJson("q"))));

        Result result = client.get("/r").param("q", "[1e400]").send();

        assertEquals(400, result.status());
        assertEquals("Invalid parameter", result.jsonObject().get("title"));
    }

    @Test
    void mapperThatAllowsNonFiniteNumbersGetsThem() {
        App app = new App();
        app.mediaHandlers().register("application/json",
                new JsonHandler(JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build()));
        app.post("/r", (req, resp) -> resp.text(String.valueOf(req.media(Map.class).values())));

        Result result = new TestClient(app).post("/r").contentType("application/json").body("{\"a\": 1e400, \"b\": NaN}").send();

        assertEquals("[Infinity, NaN]", result.text());
    }
}
