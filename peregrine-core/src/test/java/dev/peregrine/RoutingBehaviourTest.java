package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.routing.UnacceptableRouteException;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoutingBehaviourTest {

    static final class Things {
        public void onGet(Request req, Response resp) {
            resp.media(Map.of("id", req.pathFields().value("id")));
        }

        public void onPost(Request req, Response resp) {
            resp.status(201);
        }
    }

    private static final class PrivateNested {
        private void onGet(Request req, Response resp) {
            resp.text("private " + req.pathField("name"));
        }
    }

    static final class Collection {
        public void onGetCollection(Request req, Response resp) {
            resp.text("collection");
        }

        public void onGet(Request req, Response resp) {
            resp.text("item " + req.pathField("id"));
        }
    }

    private static TestClient client(App app) {
        return new TestClient(app);
    }

    @Test
    void unknownPathIs404WithFalconsJsonBody() {
        Result result = client(new App()).simulateGet("/nowhere");
        assertEquals(404, result.status());
        assertEquals("application/json", result.contentType());
        assertEquals("Accept", result.header("Vary"));
        assertEquals(Map.of("title", "404 Not Found"), result.json());
        assertEquals(Integer.toString(result.content().length), result.header("Content-Length"));
    }

    @Test
    void knownPathWithoutTheMethodIs405ListingEveryAnsweredMethod() {
        App app = new App().addRoute("/things/{id:int}", new Things());
        Result result = client(app).simulateDelete("/things/1");
        assertEquals(405, result.status());
        assertEquals("GET, HEAD, POST, OPTIONS", result.header("Allow"));
        assertEquals(Map.of("title", "405 Method Not Allowed"), result.json());
    }

    @Test
    void defaultOptionsAnswersAllowWithEmptyBody() {
        App app = new App().addRoute("/things/{id:int}", new Things());
        Result result = client(app).simulateOptions("/things/1");
        assertEquals(200, result.status());
        assertEquals("GET, HEAD, POST, OPTIONS", result.header("Allow"));
        assertEquals("0", result.header("Content-Length"));
        assertEquals(0, result.content().length);
    }

    @Test
    void headIsAnsweredByGetResponderWithoutBodyButWithContentLength() {
        App app = new App().addRoute("/things/{id:int}", new Things());
        Result get = client(app).simulateGet("/things/7");
        Result head = client(app).simulateHead("/things/7");
        assertEquals(200, head.status());
        assertEquals(0, head.content().length);
        assertEquals(get.header("Content-Length"), head.header("Content-Length"));
        assertEquals("application/json", head.contentType());
    }

    @Test
    void unrecognizedMethodIs501WithJsonBody() {
        App app = new App().addRoute("/things/{id:int}", new Things());
        Result result = client(app).simulateRequest("FOO", "/things/1");
        assertEquals(501, result.status());
        assertEquals("501 Not Implemented", result.jsonObject().get("title"));
        assertEquals("The FOO method is not implemented by this server.", result.jsonObject().get("description"));
    }

    @Test
    void trailingSlashIsStrippedByDefault() {
        App app = new App().addRoute("/things/{id:int}", new Things());
        assertEquals(200, client(app).simulateGet("/things/3/").status());
        assertEquals(Map.of("id", 3), client(app).simulateGet("/things/3/").json());
    }

    @Test
    void rootStaysRoot() {
        App app = new App().get("/", (req, resp) -> resp.text("root"));
        assertEquals("root", client(app).simulateGet("/").text());
    }

    @Test
    void trailingSlashDistinguishesRoutesWhenStrippingIsOff() {
        App app = new App();
        app.requestOptions().stripUrlPathTrailingSlash(false);
        app.get("/a", (req, resp) -> resp.text("no slash"));
        app.get("/a/", (req, resp) -> resp.text("slash"));
        assertEquals("no slash", client(app).simulateGet("/a").text());
        assertEquals("slash", client(app).simulateGet("/a/").text());
    }

    @Test
    void sameTemplateTwiceFailsNamingTheTemplate() {
        App app = new App().addRoute("/things/{id:int}", new Things());
        UnacceptableRouteException e = assertThrows(UnacceptableRouteException.class,
                () -> app.addRoute("/things/{id:int}", new Collection()));
        assertTrue(e.getMessage().contains("/things/{id:int}"), e.getMessage());
    }

    @Test
    void encodedSlashStaysInsideItsSegment() {
        App app = new App().get("/files/{name}", (req, resp) -> resp.text(req.pathField("name")));
        Result result = client(app).simulateGet("/files/a%2Fb");
        assertEquals(200, result.status());
        assertEquals("a/b", result.text());
    }

    @Test
    void pathFieldAndQueryParameterMayShareAName() {
        App app = new App().get("/users/{id}", (req, resp) ->
                resp.text(req.pathField("id") + "|" + req.param("id")));
        assertEquals("7|9", client(app).simulateGet("/users/7?id=9").text());
    }

    @Test
    void suffixedResponderServesItsOwnRoute() {
        Collection resource = new Collection();
        App app = new App().addRoute("/items", resource, "collection").addRoute("/items/{id}", resource);
        assertEquals("collection", client(app).simulateGet("/items").text());
        assertEquals("item 4", client(app).simulateGet("/items/4").text());
        assertEquals("GET, HEAD, OPTIONS", client(app).simulatePost("/items").header("Allow"));
    }

    @Test
    void suffixWithoutMatchingRespondersFailsAtAddRoute() {
        UnacceptableRouteException e = assertThrows(UnacceptableRouteException.class,
                () -> new App().addRoute("/items", new Things(), "collection"));
        assertTrue(e.getMessage().contains("onGetCollection"), e.getMessage());
    }

    @Test
    void privateNestedResourceResponderIsBound() {
        App app = new App().addRoute("/p/{name}", new PrivateNested());
        assertEquals("private x", client(app).simulateGet("/p/x").text());
    }

    @Test
    void converterFailureMeansNoMatch() {
        App app = new App().addRoute("/things/{id:int}", new Things());
        assertEquals(404, client(app).simulateGet("/things/abc").status());
    }

    @Test
    void convertersTakePartInMultiFieldSegments() {
        App app = new App().get("/{day:int(num_digits=6)}-{id:uuid}", (req, resp) ->
                resp.text(req.pathFields().value("day") + " " + req.pathFields().value("id")));
        Result result = client(app).simulateGet("/201901-9f2d3b1e-2c4a-4f7e-9b1d-0c3a5e6f7a8b");
        assertEquals(200, result.status());
        assertEquals("201901 9f2d3b1e-2c4a-4f7e-9b1d-0c3a5e6f7a8b", result.text());
    }

    @Test
    void moreSpecificMultiFieldSiblingWinsWhateverTheOrder() {
        App app = new App();
        app.get("/a/{x}.{ext}", (req, resp) -> resp.text("generic " + req.pathField("x")));
        app.get("/a/{x}.detail.{ext}", (req, resp) -> resp.text("detail " + req.pathField("x")));
        assertEquals("detail foo", client(app).simulateGet("/a/foo.detail.json").text());
        assertEquals("generic foo", client(app).simulateGet("/a/foo.json").text());
    }

    @Test
    void regexConverterMatchesWholeSegment() {
        App app = new App().get("/tags/{name:re(\"[a-z]+\")}", (req, resp) -> resp.text(req.pathField("name")));
        assertEquals("abc", client(app).simulateGet("/tags/abc").text());
        assertEquals(404, client(app).simulateGet("/tags/abc1").status());
    }

    @Test
    void literalSegmentsBeatFieldsRegardlessOfOrder() {
        App app = new App();
        app.get("/users/{id}", (req, resp) -> resp.text("field"));
        app.get("/users/me", (req, resp) -> resp.text("literal"));
        assertEquals("literal", client(app).simulateGet("/users/me").text());
        assertEquals("field", client(app).simulateGet("/users/you").text());
    }

    @Test
    void uriTemplateIsSetAfterRouting() {
        App app = new App().get("/users/{id:int}", (req, resp) -> resp.text(req.uriTemplate()));
        assertEquals("/users/{id:int}", client(app).simulateGet("/users/1").text());
    }

    @Test
    void lambdaRoutesOnOneTemplateShareAllow() {
        App app = new App();
        app.get("/x", (req, resp) -> resp.text("g"));
        app.post("/x", (req, resp) -> resp.status(204));
        Result result = client(app).simulatePut("/x");
        assertEquals(405, result.status());
        assertEquals("GET, HEAD, POST, OPTIONS", result.header("Allow"));
        assertEquals(204, client(app).simulatePost("/x").status());
    }

    @Test
    void sinkGetsUnroutedPathsWithNamedGroupsAsFields() {
        App app = new App().addSink((req, resp) -> resp.text(req.method() + " " + req.pathField("name")),
                "/api/(?<name>\\w+)");
        Result result = client(app).simulateDelete("/api/foo/bar");
        assertEquals("DELETE foo", result.text());
        assertNull(client(app).simulateGet("/other").header("Allow"));
        assertEquals(404, client(app).simulateGet("/other").status());
    }

    @Test
    void routesWinOverSinks() {
        App app = new App().addSink((req, resp) -> resp.text("sink"), "/");
        app.get("/exact", (req, resp) -> resp.text("route"));
        assertEquals("route", client(app).simulateGet("/exact").text());
        assertEquals("sink", client(app).simulateGet("/anything/else").text());
    }

    @Test
    void resourceWithoutRespondersFailsAtAddRoute() {
        UnacceptableRouteException e = assertThrows(UnacceptableRouteException.class,
                () -> new App().addRoute("/x", new Object()));
        assertTrue(e.getMessage().contains("no responder methods"), e.getMessage());
    }

    @Test
    void responderWithWrongSignatureFailsAtAddRoute() {
        Object bad = new Object() {
            @SuppressWarnings("unused")
            public void onGet(Request req) {
            }
        };
        UnacceptableRouteException e = assertThrows(UnacceptableRouteException.class, () -> new App().addRoute("/x", bad));
        assertTrue(e.getMessage().contains("void onGet(Request req, Response resp)"), e.getMessage());
    }

    @Test
    void routesCannotBeAddedAfterTheFirstRequest() {
        App app = new App().get("/a", (req, resp) -> resp.text("a"));
        client(app).simulateGet("/a");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> app.get("/b", (req, resp) -> { }));
        assertTrue(e.getMessage().contains("first request"), e.getMessage());
    }

    @Test
    void describeRouterPrintsEveryTemplate() {
        App app = new App().addRoute("/things/{id:int}", new Things());
        app.get("/health", (req, resp) -> resp.text("ok"));
        String tree = app.describeRouter();
        assertTrue(tree.contains("things"), tree);
        assertTrue(tree.contains("health"), tree);
        assertTrue(tree.contains("int"), tree);
    }

    @Test
    void allowListsOnlyOptionsForOptionsOnlyResource() {
        App app = new App().route("OPTIONS", "/o", (req, resp) -> resp.status(204));
        assertEquals(List.of("OPTIONS"), List.of(client(app).simulateGet("/o").header("Allow")));
    }
}
