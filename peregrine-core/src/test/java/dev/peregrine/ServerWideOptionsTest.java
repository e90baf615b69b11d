package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code OPTIONS *} asks about the server as a whole (RFC 9110 §9.3.7); the target {@code *} names no resource. */
class ServerWideOptionsTest {

    static final class Things {
        public void onGet(Request req, Response resp) {
            resp.text("thing");
        }

        public void onPost(Request req, Response resp) {
            resp.status(201);
        }
    }

    /** Request and response middleware that write down what they saw. */
    static final class Recorder implements RequestMiddleware, ResponseMiddleware {
        final List<String> seen = new ArrayList<>();

        @Override
        public void processRequest(Request req, Response resp) {
            seen.add("request " + req.method() + " " + req.rawPath());
        }

        @Override
        public void processResponse(Request req, Response resp, Object resource, boolean requestSucceeded) {
            seen.add("response " + resource + " " + requestSucceeded);
            resp.setHeader("X-Recorded", "yes");
        }
    }

    @TempDir
    Path files;

    private static List<String> headerLines(Result result) {
        List<String> lines = new ArrayList<>();
        for (String[] header : result.headers()) {
            lines.add(header[0] + ": " + header[1]);
        }
        return lines;
    }

    @Test
    void optionsAsteriskListsEveryMethodAnsweredOnSomeRoute() {
        App app = new App()
                .addRoute("/things/{id:int}", new Things())
                .put("/settings", (req, resp) -> resp.status(204))
                .addStaticRoute("/static", files);

        Result result = new TestClient(app).simulateOptions("*");

        assertEquals(200, result.status());
        assertEquals(List.of("Allow: GET, HEAD, POST, PUT, OPTIONS", "Content-Length: 0"), headerLines(result));
        assertEquals(0, result.content().length);
    }

    @Test
    void optionsAsteriskWithoutRoutesAllowsOnlyOptions() {
        Result result = new TestClient(new App()).request("OPTIONS", "*").send();

        assertEquals(200, result.status());
        assertEquals("OPTIONS", result.header("Allow"));
    }

    @Test
    void staticRouteAloneAnswersGetAndHead() {
        Result result = new TestClient(new App().addStaticRoute("/static", files)).simulateOptions("*");

        assertEquals("GET, HEAD, OPTIONS", result.header("Allow"));
    }

    @Test
    void sinkAnswersEveryRecognizedMethodButDoesNotReceiveTheAsterisk() {
        List<String> sunk = new ArrayList<>();
        App app = new App().addSink((req, resp) -> sunk.add(req.path()), ".*");

        Result result = new TestClient(app).simulateOptions("*");

        assertEquals(200, result.status());
        assertEquals("CHECKIN, CHECKOUT, CONNECT, COPY, DELETE, GET, HEAD, LOCK, MKCOL, MOVE, PATCH, POST, PROPFIND,"
                + " PROPPATCH, PUT, QUERY, REPORT, TRACE, UNCHECKIN, UNLOCK, UPDATE, VERSION-CONTROL, OPTIONS",
                result.header("Allow"));
        assertEquals(List.of(), sunk);
    }

    @Test
    void requestAndResponseMiddlewareRunAsForAnyRequest() {
        Recorder recorder = new Recorder();
        App app = new App().addMiddleware(recorder).get("/", (req, resp) -> resp.text("root"));

        Result result = new TestClient(app).simulateOptions("*");

        assertEquals("GET, HEAD, OPTIONS", result.header("Allow"));
        assertEquals("yes", result.header("X-Recorded"));
        assertEquals(List.of("request OPTIONS *", "response null true"), recorder.seen);
    }

    @Test
    void otherMethodsOnTheAsteriskAre400NamingTheProblem() {
        App app = new App().get("/", (req, resp) -> resp.text("root"));

        Result result = new TestClient(app).simulateGet("*");

        assertEquals(400, result.status());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("title", "Invalid request target");
        expected.put("description", "The request target '*' is only allowed with OPTIONS; a GET request needs a path such as '/'.");
        assertEquals(expected, result.json());
        assertNull(result.header("Allow"));
    }

    @Test
    void headOnTheAsteriskIs400WithoutABody() {
        Result result = new TestClient(new App().get("/", (req, resp) -> resp.text("root"))).simulateHead("*");

        assertEquals(400, result.status());
        assertEquals(0, result.content().length);
    }

    @Test
    void unrecognizedMethodOnTheAsteriskIs501AsAnywhere() {
        Result result = new TestClient(new App()).simulateRequest("FOO", "*");

        assertEquals(501, result.status());
    }
}
