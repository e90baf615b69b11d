package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.errors.HttpUnauthorized;
import dev.peregrine.routing.UnacceptableRouteException;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HooksTest {

    static final class Things {
        final List<String> log;
        boolean fail;

        Things(List<String> log) {
            this.log = log;
        }

        public void onGet(Request req, Response resp) {
            log.add("responder " + req.pathField("injected"));
            if (fail) {
                throw new IllegalStateException("boom");
            }
            resp.text("ok");
        }

        public void onPost(Request req, Response resp) {
            log.add("post");
        }
    }

    private static BeforeHook before(List<String> log, String name) {
        return (req, resp, resource, fields) -> log.add(name);
    }

    private static AfterHook after(List<String> log, String name) {
        return (req, resp, resource) -> log.add(name);
    }

    @Test
    void hooksRunInFalconsDecoratorOrder() {
        List<String> log = new ArrayList<>();
        Things things = new Things(log);
        App app = new App().addRoute("/t", Hooks.around(things)
                .before(before(log, "b1"))
                .before("onGet", before(log, "b2"))
                .after("onGet", after(log, "a2"))
                .after("onGet", after(log, "a1"))
                .after(after(log, "class-after")));
        new TestClient(app).simulateGet("/t");
        assertEquals(List.of("b1", "b2", "responder null", "a2", "a1", "class-after"), log);
    }

    @Test
    void responderSpecificHooksDoNotRunForOtherResponders() {
        List<String> log = new ArrayList<>();
        App app = new App().addRoute("/t", Hooks.around(new Things(log)).before("onGet", before(log, "get-only")));
        new TestClient(app).simulatePost("/t");
        assertEquals(List.of("post"), log);
    }

    @Test
    void afterHookDoesNotRunWhenResponderThrows() {
        List<String> log = new ArrayList<>();
        Things things = new Things(log);
        things.fail = true;
        App app = new App().addRoute("/t", Hooks.around(things).after(after(log, "after")));
        assertEquals(500, new TestClient(app).simulateGet("/t").status());
        assertEquals(List.of("responder null"), log);
    }

    @Test
    void beforeHookCanRefuseTheRequest() {
        List<String> log = new ArrayList<>();
        App app = new App().addRoute("/t", Hooks.around(new Things(log)).before((req, resp, resource, fields) -> {
            throw new HttpUnauthorized(List.of("Token"), "Auth token required", "Send one");
        }));
        Result result = new TestClient(app).simulateGet("/t");
        assertEquals(401, result.status());
        assertEquals("Token", result.header("WWW-Authenticate"));
        assertEquals(List.of(), log);
    }

    @Test
    void beforeHookCanInjectFields() {
        List<String> log = new ArrayList<>();
        App app = new App().addRoute("/t", Hooks.around(new Things(log))
                .before((req, resp, resource, fields) -> fields.put("injected", "yes")));
        new TestClient(app).simulateGet("/t");
        assertEquals(List.of("responder yes"), log);
    }

    @Test
    void defaultRespondersAreNotHooked() {
        List<String> log = new ArrayList<>();
        App app = new App().addRoute("/t", Hooks.around(new Things(log)).before(before(log, "hook")));
        assertEquals(405, new TestClient(app).simulateDelete("/t").status());
        assertEquals(200, new TestClient(app).simulateOptions("/t").status());
        assertEquals(List.of(), log);
    }

    @Test
    void hookOnAMissingResponderFailsAtAddRoute() {
        UnacceptableRouteException e = assertThrows(UnacceptableRouteException.class, () -> new App()
                .addRoute("/t", Hooks.around(new Things(new ArrayList<>())).before("onPut", before(new ArrayList<>(), "x"))));
        assertTrue(e.getMessage().contains("'onPut'"), e.getMessage());
        assertTrue(e.getMessage().contains("/t"), e.getMessage());
    }
}
