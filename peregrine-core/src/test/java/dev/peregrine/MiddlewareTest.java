package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.errors.HttpForbidden;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MiddlewareTest {

    /** Records each step it runs as "req1", "rsrc1", "resp1(true)", ... */
    static final class Recorder implements RequestMiddleware, ResourceMiddleware, ResponseMiddleware {
        final String id;
        final List<String> log;
        boolean failOnRequest;
        boolean completeOnRequest;

        Recorder(String id, List<String> log) {
            this.id = id;
            this.log = log;
        }

        @Override
        public void processRequest(Request req, Response resp) {
            log.add("req" + id);
            if (failOnRequest) {
                throw new HttpForbidden();
            }
            if (completeOnRequest) {
                resp.complete(true).status(200).text("short-circuit");
            }
        }

        @Override
        public void processResource(Request req, Response resp, Object resource, PathFields fields) {
            log.add("rsrc" + id);
        }

        @Override
        public void processResponse(Request req, Response resp, Object resource, boolean succeeded) {
            log.add("resp" + id + "(" + succeeded + ")");
        }
    }

    static final class Things {
        final List<String> log;

        Things(List<String> log) {
            this.log = log;
        }

        public void onGet(Request req, Response resp) {
            log.add("responder");
            resp.text("ok");
        }
    }

    private static App app(List<String> log, Recorder... recorders) {
        App app = new App().addRoute("/things", new Things(log));
        app.addMiddleware((Object[]) recorders);
        return app;
    }

    @Test
    void stepsRunInFalconsOrder() {
        List<String> log = new ArrayList<>();
        App app = app(log, new Recorder("1", log), new Recorder("2", log), new Recorder("3", log));
        new TestClient(app).simulateGet("/things");
        assertEquals(List.of("req1", "req2", "req3", "rsrc1", "rsrc2", "rsrc3", "responder",
                "resp3(true)", "resp2(true)", "resp1(true)"), log);
    }

    @Test
    void unroutedRequestSkipsResourceStepsAndFails() {
        List<String> log = new ArrayList<>();
        App app = app(log, new Recorder("1", log));
        assertEquals(404, new TestClient(app).simulateGet("/nowhere").status());
        assertEquals(List.of("req1", "resp1(false)"), log);
    }

    @Test
    void resourceStepsRunBeforeA405() {
        List<String> log = new ArrayList<>();
        App app = app(log, new Recorder("1", log));
        assertEquals(405, new TestClient(app).simulatePost("/things").status());
        assertEquals(List.of("req1", "rsrc1", "resp1(false)"), log);
    }

    @Test
    void independentMiddlewareRunsEveryResponseStepAfterAFailure() {
        List<String> log = new ArrayList<>();
        Recorder failing = new Recorder("2", log);
        failing.failOnRequest = true;
        App app = app(log, new Recorder("1", log), failing, new Recorder("3", log));
        Result result = new TestClient(app).simulateGet("/things");
        assertEquals(403, result.status());
        assertEquals(List.of("req1", "req2", "resp3(false)", "resp2(false)", "resp1(false)"), log);
    }

    @Test
    void dependentMiddlewareRunsOnlyResponseStepsOfCompletedRequestSteps() {
        List<String> log = new ArrayList<>();
        Recorder failing = new Recorder("2", log);
        failing.failOnRequest = true;
        App app = app(log, new Recorder("1", log), failing, new Recorder("3", log));
        app.independentMiddleware(false);
        new TestClient(app).simulateGet("/things");
        assertEquals(List.of("req1", "req2", "resp1(false)"), log);
    }

    @Test
    void completeSkipsRemainingStepsAndResponderButNotResponseSteps() {
        List<String> log = new ArrayList<>();
        Recorder completing = new Recorder("1", log);
        completing.completeOnRequest = true;
        App app = app(log, completing, new Recorder("2", log));
        Result result = new TestClient(app).simulateGet("/things");
        assertEquals("short-circuit", result.text());
        assertEquals(List.of("req1", "resp2(true)", "resp1(true)"), log);
    }

    @Test
    void sinksGetProcessResourceWithTheSinkAsResource() {
        List<Object> resources = new ArrayList<>();
        Sink sink = (req, resp) -> resp.text("sunk");
        App app = new App().addSink(sink, "/proxy");
        app.addMiddleware((ResourceMiddleware) (req, resp, resource, fields) -> resources.add(resource));
        assertEquals("sunk", new TestClient(app).simulateGet("/proxy/x").text());
        assertEquals(1, resources.size());
        assertSame(sink, resources.get(0));
    }

    @Test
    void resourceMiddlewareMayChangeFieldsTheResponderSees() {
        App app = new App().get("/u/{id}", (req, resp) -> resp.text(req.pathField("id") + "/" + req.pathField("extra")));
        app.addMiddleware((ResourceMiddleware) (req, resp, resource, fields) -> fields.put("extra", "added"));
        assertEquals("7/added", new TestClient(app).simulateGet("/u/7").text());
    }

    @Test
    void objectImplementingNoMiddlewareInterfaceIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new App().addMiddleware(new Object()));
        assertEquals("java.lang.Object is not middleware: implement RequestMiddleware, ResourceMiddleware and/or ResponseMiddleware",
                e.getMessage());
    }
}
