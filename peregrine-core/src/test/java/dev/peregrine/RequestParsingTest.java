package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.testing.Result;
import dev.peregrine.testing.SimulatedRequest;
import dev.peregrine.testing.TestClient;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestParsingTest {

    record Thing(String name, int size) {
    }

    /** A client whose GET /r answers with whatever {@code read} returns, as JSON. */
    private static TestClient echo(java.util.function.Function<Request, Object> read) {
        return new TestClient(new App().route("GET", "/r", (req, resp) -> resp.media(read.apply(req)))
                .route("POST", "/r", (req, resp) -> resp.media(read.apply(req))));
    }

    private static Map<String, Object> error(String title, String description) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("title", title);
        map.put("description", description);
        return map;
    }

    @Test
    void pathIsPercentDecodedButPlusStays() {
        TestClient client = new TestClient(new App().get("/x/{name}", (req, resp) -> resp.text(req.path())));
        assertEquals("/x/a b+c", client.simulateGet("/x/a%20b+c").text());
    }

    @Test
    void pathFieldsReadAsAMapOfConvertedValuesInTemplateOrder() {
        TestClient client = new TestClient(new App().get("/things/{id:int}/{name}", (req, resp) -> {
            Map<String, Object> fields = req.pathFields().asMap();
            resp.media(List.of(List.copyOf(fields.keySet()), fields.get("id").getClass().getSimpleName(), fields));
        }));
        assertEquals(List.of(List.of("id", "name"), "Long", Map.of("id", 42, "name", "a b")),
                client.simulateGet("/things/42/a%20b").json());
    }

    @Test
    void pathFieldMapIsReadOnlyAndShowsLaterPuts() {
        TestClient client = new TestClient(new App().get("/things/{id}", (req, resp) -> {
            Map<String, Object> fields = req.pathFields().asMap();
            req.pathFields().put("user", "ada");
            assertThrows(UnsupportedOperationException.class, () -> fields.put("id", "x"));
            resp.media(fields);
        }));
        assertEquals(Map.of("id", "7", "user", "ada"), client.simulateGet("/things/7").json());
    }

    @Test
    void repeatedParameterGivesItsLastValue() {
        assertEquals("2", echo(req -> req.param("a")).simulateGet("/r?a=1&a=2").json());
    }

    @Test
    void parameterValuesDecodePlusAndPercent() {
        assertEquals(" x y", echo(req -> req.param("b")).simulateGet("/r?b=%20x+y").json());
    }

    @Test
    void blankValuesAreKeptByDefault() {
        Map<?, ?> params = (Map<?, ?>) echo(Request::params).simulateGet("/r?c=&d").json();
        assertEquals(Map.of("c", List.of(""), "d", List.of("")), params);
    }

    @Test
    void blankValuesAreDroppedWhenConfigured() {
        App app = new App().get("/r", (req, resp) -> resp.media(req.params()));
        app.requestOptions().keepBlankQsValues(false);
        assertEquals(Map.of("e", List.of("1")), new TestClient(app).simulateGet("/r?c=&d&e=1").json());
    }

    @Test
    void commasSplitOnlyWithAutoParseQsCsv() {
        assertEquals(List.of("x,y"), echo(req -> req.paramAsList("b")).simulateGet("/r?b=x,y").json());
        App app = new App().get("/r", (req, resp) -> resp.media(req.paramAsList("b")));
        app.requestOptions().autoParseQsCsv(true);
        assertEquals(List.of("x", "y", "", "z,w"), new TestClient(app).simulateGet("/r?b=x,y,,z%2Cw").json());
    }

    @Test
    void missingRequiredParameterIs400NamingIt() {
        Result result = echo(req -> req.requireParam("limit")).simulateGet("/r");
        assertEquals(400, result.status());
        assertEquals(error("Missing parameter", "The \"limit\" parameter is required."), result.json());
    }

    @Test
    void intParameterOutOfRangeIs400NamingTheBound() {
        Result result = echo(req -> req.paramAsInt("limit", 10, 1, 100)).simulateGet("/r?limit=500");
        assertEquals(400, result.status());
        assertEquals(error("Invalid parameter", "The \"limit\" parameter is invalid. The value may not exceed 100"),
                result.json());
        Result low = echo(req -> req.paramAsInt("limit", 10, 1, 100)).simulateGet("/r?limit=0");
        assertEquals("The \"limit\" parameter is invalid. The value must be at least 1", low.jsonObject().get("description"));
    }

    @Test
    void intParameterThatIsNotANumberIs400() {
        Result result = echo(req -> req.paramAsInt("limit")).simulateGet("/r?limit=ten");
        assertEquals(error("Invalid parameter", "The \"limit\" parameter is invalid. The value must be an integer."),
                result.json());
    }

    @Test
    void intParameterDefaultsWhenAbsent() {
        assertEquals(10, echo(req -> req.paramAsInt("limit", 10, 1, 100)).simulateGet("/r").json());
    }

    @Test
    void boundedIntParameterWithoutDefaultIsNullWhenAbsent() {
        TestClient client = echo(req -> req.paramAsInt("limit", 1, 100));
        assertEquals(null, client.simulateGet("/r").json());
        assertEquals(5, client.simulateGet("/r?limit=5").json());
        assertEquals(error("Invalid parameter", "The \"limit\" parameter is invalid. The value may not exceed 100"),
                client.simulateGet("/r?limit=500").json());
    }

    @Test
    void boundedFloatParameterWithoutDefaultIsNullWhenAbsent() {
        TestClient client = echo(req -> req.paramAsFloat("ratio", 0, 1));
        assertEquals(null, client.simulateGet("/r").json());
        assertEquals(0.25, client.simulateGet("/r?ratio=0.25").json());
        assertEquals(error("Invalid parameter", "The \"ratio\" parameter is invalid. The value must be at least 0"),
                client.simulateGet("/r?ratio=-0.5").json());
    }

    @Test
    void floatParameterReadsNanAndInfinityAsPythonDoes() {
        TestClient client = echo(req -> String.valueOf(req.paramAsFloat("f")));
        assertEquals("1.5", client.simulateGet("/r?f=1.5").json());
        assertEquals("NaN", client.simulateGet("/r?f=nan").json());
        assertEquals("NaN", client.simulateGet("/r?f=-NaN").json());
        assertEquals("Infinity", client.simulateGet("/r?f=inf").json());
        assertEquals("Infinity", client.simulateGet("/r?f=%2BINFINITY").json());
        assertEquals("-Infinity", client.simulateGet("/r?f=-inf").json());
        assertEquals("-Infinity", client.simulateGet("/r?f=-Infinity").json());
        assertEquals("Infinity", client.simulateGet("/r?f=1e999").json());
    }

    @Test
    void floatParameterRefusesNotationsPythonDoesNot() {
        TestClient client = echo(req -> req.paramAsFloat("f"));
        for (String text : List.of("1.5d", "2f", "0x1p3", "infin", "1e")) {
            Result result = client.simulateGet("/r?f=" + text);
            assertEquals(error("Invalid parameter", "The \"f\" parameter is invalid. The value must be a float."),
                    result.json(), text);
        }
    }

    @Test
    void boundedFloatParameterRefusesNanAndInfinityNamingTheBound() {
        TestClient client = echo(req -> req.paramAsFloat("f", 1, 0, 10));
        assertEquals(error("Invalid parameter", "The \"f\" parameter is invalid. The value must be at least 0"),
                client.simulateGet("/r?f=-inf").json());
        assertEquals(error("Invalid parameter", "The \"f\" parameter is invalid. The value may not exceed 10"),
                client.simulateGet("/r?f=inf").json());
        assertEquals(error("Invalid parameter", "The \"f\" parameter is invalid. The value must be at least 0"),
                client.simulateGet("/r?f=nan").json());
    }

    @Test
    void infiniteFloatBoundIsNoBound() {
        TestClient client = echo(req -> String.valueOf(req.paramAsFloat("f", 1, 0, Double.POSITIVE_INFINITY)));
        assertEquals("Infinity", client.simulateGet("/r?f=inf").json());
        assertEquals("The \"f\" parameter is invalid. The value must be at least 0",
                client.simulateGet("/r?f=nan").jsonObject().get("description"));
    }

    @Test
    void boolParameterUsesFalconsWords() {
        for (String word : List.of("true", "True", "t", "yes", "y", "1", "on")) {
            assertEquals(true, echo(req -> req.paramAsBool("b")).simulateGet("/r?b=" + word).json(), word);
        }
        for (String word : List.of("false", "False", "f", "no", "n", "0", "off")) {
            assertEquals(false, echo(req -> req.paramAsBool("b")).simulateGet("/r?b=" + word).json(), word);
        }
        assertEquals(true, echo(req -> req.paramAsBool("b")).simulateGet("/r?b=").json());
        Result bad = echo(req -> req.paramAsBool("b")).simulateGet("/r?b=maybe");
        assertEquals("The \"b\" parameter is invalid. The value of the parameter must be \"true\" or \"false\".",
                bad.jsonObject().get("description"));
    }

    @Test
    void blankBoolParameterIsFalseWhenBlankIsNotTrue() {
        assertEquals(false, echo(req -> req.paramAsBool("b", true, false)).simulateGet("/r?b=").json());
    }

    @Test
    void uuidDateAndDatetimeParameters() {
        assertEquals("9f2d3b1e-2c4a-4f7e-9b1d-0c3a5e6f7a8b",
                echo(req -> req.paramAsUuid("u").toString()).simulateGet("/r?u=9f2d3b1e-2c4a-4f7e-9b1d-0c3a5e6f7a8b").json());
        assertEquals(400, echo(req -> req.paramAsUuid("u")).simulateGet("/r?u=nope").status());
        assertEquals("2024-02-29", echo(req -> req.paramAsDate("d").toString()).simulateGet("/r?d=2024-02-29").json());
        assertEquals("2024-05-01T10:00Z",
                echo(req -> req.paramAsDatetime("t").toString()).simulateGet("/r?t=2024-05-01T10:00:00Z").json());
        assertEquals("2024-05-01T10:00+02:00",
                echo(req -> req.paramAsDatetime("t").toString()).simulateGet("/r?t=2024-05-01T10:00:00%2B0200").json());
        Result bad = echo(req -> req.paramAsDate("d")).simulateGet("/r?d=29.02.2024");
        assertEquals("The \"d\" parameter is invalid. The date value does not match the required format.",
                bad.jsonObject().get("description"));
    }

    @Test
    void uuidParameterAcceptsTheFormsPythonReads() {
        TestClient client = echo(req -> req.paramAsUuid("u").toString());
        String expected = "6ba7b810-9dad-11d1-80b4-00c04fd430c8";
        assertEquals(expected, client.simulateGet("/r?u=6ba7b8109dad11d180b400c04fd430c8").json());
        assertEquals(expected, client.simulateGet("/r?u=6BA7B8109DAD11D180B400C04FD430C8").json());
        assertEquals(expected, client.simulateGet("/r?u=urn:uuid:6ba7b810-9dad-11d1-80b4-00c04fd430c8").json());
        assertEquals(expected, client.simulateGet("/r?u=%7B6ba7b810-9dad-11d1-80b4-00c04fd430c8%7D").json());
        assertEquals(error("Invalid parameter", "The \"u\" parameter is invalid. The value must be a UUID string."),
                client.simulateGet("/r?u=6ba7b8109dad11d180b400c04fd430c").json());
    }

    @Test
    void listParameterSplitsOnDelimiterAndTransforms() {
        assertEquals(List.of(1, 2, 3),
                echo(req -> req.paramAsList("ids", "|", Integer::parseInt)).simulateGet("/r?ids=1|2|3").json());
        assertEquals(List.of("1", "2"), echo(req -> req.paramAsList("t")).simulateGet("/r?t=1&t=2").json());
        Result bad = echo(req -> req.paramAsList("ids", ",", Integer::parseInt)).simulateGet("/r?ids=1,x");
        assertEquals("The \"ids\" parameter is invalid. The value is not formatted correctly.",
                bad.jsonObject().get("description"));
    }

    @Test
    void jsonAndDictParameters() {
        assertEquals(Map.of("a", List.of(1, 2)), echo(req -> req.paramAsJson("q")).simulateGet("/r?q=%7B%22a%22%3A%5B1%2C2%5D%7D").json());
        assertEquals(400, echo(req -> req.paramAsJson("q")).simulateGet("/r?q=%7Bnope").status());
        assertEquals(Map.of("k1", "v1", "k2", "v2"), echo(req -> req.paramAsDict("p", false)).simulateGet("/r?p=k1,v1,k2,v2").json());
        assertEquals(Map.of("a", "1", "b", "2"), echo(req -> req.paramAsDict("p", true)).simulateGet("/r?p[a]=1&p[b]=2").json());
    }

    @Test
    void headersAreCaseInsensitiveAndRequiredOnesNamedWhenMissing() {
        TestClient client = echo(req -> req.header("x-custom"));
        assertEquals("v", client.get("/r").header("X-Custom", "v").send().json());
        Result missing = echo(req -> req.requireHeader("X-Token")).simulateGet("/r");
        assertEquals(400, missing.status());
        assertEquals(error("Missing header value", "The \"X-Token\" header is required."), missing.json());
    }

    @Test
    void repeatedHeaderGivesItsLinesJoinedWithCommas() {
        TestClient client = echo(req -> List.of(req.header("X-Custom"), req.headerValues("X-Custom")));
        Result result = client.get("/r").header("X-Custom", "a").header("x-custom", "b, c").send();
        assertEquals(List.of("a,b, c", List.of("a", "b, c")), result.json());
    }

    @Test
    void repeatedSingleValuedHeaderGivesItsLastLine() {
        TestClient client = echo(req -> List.of(req.userAgent(), req.header("Set-Cookie"), req.headerValues("Set-Cookie")));
        Result result = client.get("/r").header("User-Agent", "one").header("User-Agent", "two")
                .header("Set-Cookie", "a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT").header("Set-Cookie", "b=2").send();
        assertEquals(List.of("two", "b=2", List.of("a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT", "b=2")), result.json());
    }

    @Test
    void accessRouteReadsEveryXForwardedForLine() {
        Result result = echo(Request::accessRoute).get("/r")
                .header("X-Forwarded-For", "203.0.113.7").header("X-Forwarded-For", "10.0.0.1").send();
        assertEquals(List.of("203.0.113.7", "10.0.0.1", "127.0.0.1"), result.json());
    }

    @Test
    void badContentLengthIs400() {
        Result result = echo(Request::contentLength).get("/r").header("Content-Length", "-3").send();
        assertEquals(400, result.status());
        assertEquals("Invalid header value", result.jsonObject().get("title"));
    }

    @Test
    void cookiesFirstValueWinsAndAllValuesAreKept() {
        TestClient client = echo(req -> List.of(req.cookie("a"), req.cookieValues("a"), req.cookies().keySet()));
        Result result = client.get("/r").header("Cookie", "a=1; bad name=x; a=2; b; d=x=y").send();
        assertEquals(List.of("1", List.of("1", "2"), List.of("a", "b", "d")), result.json());
    }

    @Test
    void accessRouteFollowsForwardedThenXForwardedFor() {
        TestClient client = echo(Request::accessRoute);
        assertEquals(List.of("203.0.113.7", "10.0.0.1", "127.0.0.1"),
                client.get("/r").header("X-Forwarded-For", "203.0.113.7, 10.0.0.1").send().json());
        assertEquals(List.of("192.0.2.60", "127.0.0.1"),
                client.get("/r").header("Forwarded", "for=192.0.2.60;proto=http;by=203.0.113.43").send().json());
        assertEquals(List.of("127.0.0.1"), client.simulateGet("/r").json());
    }

    @Test
    void forwardedSchemeAndHostPreferForwardedThenXForwardedThenTheRequestItself() {
        TestClient client = echo(req -> List.of(req.forwardedScheme(), req.forwardedHost()));
        assertEquals(List.of("https", "api.example.com"), client.get("/r")
                .header("Forwarded", "for=192.0.2.60;proto=https;host=api.example.com")
                .header("X-Forwarded-Proto", "http").header("X-Forwarded-Host", "other.example.com").send().json());
        assertEquals(List.of("https", "api.example.com:8443"), client.get("/r")
                .header("X-Forwarded-Proto", "HTTPS").header("X-Forwarded-Host", "api.example.com:8443").send().json());
        assertEquals(List.of("http", "localhost:8000"), client.get("/r").header("Host", "localhost:8000")
                .header("Forwarded", "for=192.0.2.60").header("X-Forwarded-Proto", "https").send().json(),
                "a Forwarded header without proto or host leaves X-Forwarded-* unread, as in Falcon");
        assertEquals(List.of("http", "localhost"), client.simulateGet("/r").json());
    }

    @Test
    void rangeHeaderIsParsedOrRejected() {
        TestClient client = echo(req -> List.of(req.range().first(), req.range().last()));
        assertEquals(List.of(0, 499), client.get("/r").header("Range", "bytes=0-499").send().json());
        assertEquals(List.of(-500, -1), client.get("/r").header("Range", "bytes=-500").send().json());
        Result multi = client.get("/r").header("Range", "bytes=0-1,5-6").send();
        assertEquals(400, multi.status());
        assertEquals("The value provided for the \"Range\" header is invalid. The value must be a continuous range.",
                multi.jsonObject().get("description"));
    }

    @Test
    void conditionalHeadersAreParsed() {
        TestClient client = echo(req -> List.of(req.ifNoneMatch().get(0).toString(), req.ifModifiedSince().toString()));
        Result result = client.get("/r").header("If-None-Match", "W/\"abc\"")
                .header("If-Modified-Since", "Sun, 06 Nov 1994 08:49:37 GMT").send();
        assertEquals(List.of("W/\"abc\"", "1994-11-06T08:49:37Z"), result.json());
        assertEquals(400, client.get("/r").header("If-None-Match", "*").header("If-Modified-Since", "yesterday").send().status());
    }

    @Test
    void clientPrefersHonoursQValues() {
        TestClient client = echo(req -> req.clientPrefers(List.of("application/json", "text/html")));
        assertEquals("text/html", client.get("/r").header("Accept", "application/json;q=0.5, text/html").send().json());
        assertEquals(true, echo(Request::clientAcceptsJson).get("/r").header("Accept", "*/*").send().json());
        assertEquals(false, echo(Request::clientAcceptsJson).get("/r").header("Accept", "text/html").send().json());
    }

    @Test
    void jsonBodyIsDecodedOnceAndCached() {
        TestClient client = echo(req -> List.of(req.media(), req.media() == req.media()));
        assertEquals(List.of(Map.of("a", 1), true), client.post("/r").json(Map.of("a", 1)).send().json());
    }

    @Test
    void jsonBodyBindsToRecords() {
        Result result = echo(req -> req.media(Thing.class).name()).post("/r").json(Map.of("name", "spoon", "size", 2)).send();
        assertEquals("spoon", result.json());
    }

    @Test
    void emptyJsonBodyIs400() {
        Result result = echo(Request::media).post("/r").contentType("application/json").body("").send();
        assertEquals(400, result.status());
        assertEquals(error("Invalid JSON", "Could not parse an empty JSON body"), result.json());
    }

    @Test
    void malformedJsonBodyIs400NamingTheProblem() {
        Result result = echo(Request::media).post("/r").contentType("application/json").body("{\"a\":").send();
        assertEquals(400, result.status());
        assertEquals("Invalid JSON", result.jsonObject().get("title"));
        String description = (String) result.jsonObject().get("description");
        assertEquals(true, description.startsWith("Could not parse JSON body - "), description);
    }

    @Test
    void jsonOfTheWrongShapeIs400NamingTheField() {
        Result result = echo(req -> req.media(Thing.class)).post("/r").json(Map.of("name", "x", "size", "big")).send();
        assertEquals(400, result.status());
        assertEquals(error("Request data failed validation", "Field 'size' must be an integer, got a string."), result.json());
    }

    @Test
    void unknownMediaTypeIs415() {
        Result result = echo(Request::media).post("/r").contentType("application/vnd.api+json").body("{}").send();
        assertEquals(415, result.status());
        assertEquals("application/vnd.api+json is an unsupported media type.", result.jsonObject().get("description"));
    }

    @Test
    void malformedContentTypeIs400NamingTheHeader() {
        Result result = echo(Request::media).post("/r").contentType("json").body("{}").send();
        assertEquals(400, result.status());
        assertEquals(error("Invalid header value",
                "The value provided for the \"Content-Type\" header is invalid. The media type value must contain type/subtype."),
                result.json());
    }

    @Test
    void garbageConditionalHeadersDoNotFail() {
        Result result = echo(req -> req.ifMatch().size()).get("/r").header("If-Match", "\"unterminated, ,,").send();
        assertEquals(200, result.status());
    }

    @Test
    void targetsWithoutALeadingSlashAreNotFound() {
        TestClient client = echo(Request::path);
        assertEquals(404, client.simulateGet("").status());
        assertEquals(404, client.simulateGet("?x=1").status());
    }

    @Test
    void invalidUtf8InThePathBecomesReplacementCharacters() {
        TestClient client = new TestClient(new App().get("/x/{name}", (req, resp) -> resp.text(req.pathField("name"))));
        assertEquals("a\uFFFDb%zz", client.simulateGet("/x/a%FFb%zz").text());
    }

    @Test
    void simulatedCookiesAndParamMapsAreSent() {
        TestClient client = echo(req -> List.of(req.cookie("sid"), req.param("q"), req.paramAsList("t")));
        Result result = client.get("/r").cookie("sid", "abc").params(Map.of("q", "a b", "t", List.of("1", "2"))).send();
        assertEquals(List.of("abc", "a b", List.of("1", "2")), result.json());
    }

    @Test
    void missingContentTypeMeansJson() {
        Result result = echo(Request::media).post("/r").body("[1,2]").send();
        assertEquals(List.of(1, 2), result.json());
    }

    @Test
    void urlEncodedFormIsParsed() {
        Result result = echo(Request::media).post("/r").contentType("application/x-www-form-urlencoded")
                .body("a=1&a=2&b=%20x+y&c").send();
        assertEquals(Map.of("a", List.of("1", "2"), "b", " x y", "c", ""), result.json());
    }

    @Test
    void multipartUploadIsReadPartByPart() {
        String body = "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"title\"\r\n\r\n"
                + "hello\r\n"
                + "--XyZ\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + "file body\r\n"
                + "--XyZ--\r\n";
        TestClient client = new TestClient(new App().post("/upload", (req, resp) -> {
            StringBuilder out = new StringBuilder();
            for (dev.peregrine.media.BodyPart part : (dev.peregrine.media.MultipartForm) req.media()) {
                out.append(part.name()).append('=').append(part.filename()).append(':').append(part.text()).append(';');
            }
            resp.text(out.toString());
        }));
        SimulatedRequest request = client.post("/upload").contentType("multipart/form-data; boundary=XyZ")
                .body(body.getBytes(StandardCharsets.UTF_8));
        assertEquals("title=null:hello;file=a.txt:file body;", request.send().text());
    }

    @Test
    void multipartJsonPartIsDecodedByItsMediaHandler() {
        String body = "--B\r\n"
                + "Content-Disposition: form-data; name=\"meta\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + "{\"size\": 3}\r\n"
                + "--B--\r\n";
        TestClient client = new TestClient(new App().post("/upload", (req, resp) -> {
            dev.peregrine.media.BodyPart part = ((dev.peregrine.media.MultipartForm) req.media()).next();
            resp.media(part.media());
        }));
        Result result = client.post("/upload").contentType("multipart/form-data; boundary=B").body(body).send();
        assertEquals(Map.of("size", 3), result.json());
    }

    @Test
    void multipartWithoutBoundaryIs400() {
        Result result = echo(req -> req.media().toString()).post("/r").contentType("multipart/form-data").body("x").send();
        assertEquals(400, result.status());
        assertEquals("Malformed multipart/form-data request media", result.jsonObject().get("title"));
    }

    @Test
    void bodyStreamReadsRawBytes() {
        TestClient client = new TestClient(new App().post("/r", (req, resp) -> resp.data(req.stream().readAllBytes())));
        assertEquals("raw", client.post("/r").body("raw").send().text());
    }

    @Test
    void requestContextCarriesValuesFromMiddleware() {
        App app = new App().get("/r", (req, resp) -> resp.text((String) req.context().get("user")));
        app.addMiddleware((RequestMiddleware) (req, resp) -> req.context().put("user", "ada"));
        assertEquals("ada", new TestClient(app).simulateGet("/r").text());
    }

    @Test
    void contentMediaTypeDropsParametersAndCase() {
        TestClient client = echo(req -> String.valueOf(req.contentMediaType()));
        assertEquals("application/json", client.post("/r").contentType("Application/JSON ; charset=utf-8").body("{}").send().json());
        assertEquals("text/plain", client.post("/r").contentType("text/plain").body("x").send().json());
        assertEquals("null", client.get("/r").send().json());
    }

    @Test
    void uriPartsComeFromTheRequest() {
        TestClient client = echo(req -> Arrays.asList(req.scheme(), req.host(), req.netloc(), req.uri(), req.relativeUri(), req.queryString()));
        Result result = client.get("/r?x=1").header("Host", "example.com:8080").send();
        assertEquals(List.of("http", "example.com", "example.com:8080", "http://example.com:8080/r?x=1", "/r?x=1", "x=1"),
                result.json());
    }
}
