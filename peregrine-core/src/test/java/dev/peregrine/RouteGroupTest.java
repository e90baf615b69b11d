package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.peregrine.testing.TestClient;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RouteGroupTest {

    static final class Echo {
        final List<String> log;

        Echo(List<String> log) {
            this.log = log;
        }

        public void onGet(Request req, Response resp) {
            log.add("responder");
            resp.text(req.uriTemplate());
        }
    }

    static final class Named implements RequestMiddleware, ResourceMiddleware, ResponseMiddleware {
        final String name;
        final List<String> log;

        Named(String name, List<String> log) {
            this.name = name;
            this.log = log;
        }

        @Override
        public void processRequest(Request req, Response resp) {
            log.add(name + ".req");
        }

        @Override
        public void processResource(Request req, Response resp, Object resource, PathFields fields) {
            log.add(name + ".rsrc");
        }

        @Override
        public void processResponse(Request req, Response resp, Object resource, boolean ok) {
            log.add(name + ".resp");
        }
    }

    @Test
    void groupRoutesLiveUnderThePrefix() {
        App app = new App();
        app.group("/api/v1").addRoute("/things/{id:int}", new Echo(new ArrayList<>()));
        assertEquals("/api/v1/things/{id:int}", new TestClient(app).simulateGet("/api/v1/things/3").text());
        assertEquals(404, new TestClient(app).simulateGet("/things/3").status());
    }

    @Test
    void groupMiddlewareRunsAfterRoutingAndOnlyForTheGroup() {
        List<String> log = new ArrayList<>();
        App app = new App();
        app.addMiddleware(new Named("app", log));
        RouteGroup admin = app.group("/admin").addMiddleware(new Named("group", log));
        admin.addRoute("/users", new Echo(log));
        app.addRoute("/public", new Echo(log));

        new TestClient(app).simulateGet("/admin/users");
        assertEquals(List.of("app.req", "group.req", "app.rsrc", "group.rsrc", "responder", "group.resp", "app.resp"), log);

        log.clear();
        new TestClient(app).simulateGet("/public");
        assertEquals(List.of("app.req", "app.rsrc", "responder", "app.resp"), log);
    }

    @Test
    void groupHooksWrapOutsideResourceHooks() {
        List<String> log = new ArrayList<>();
        App app = new App();
        RouteGroup group = app.group("/g")
                .before((req, resp, resource, fields) -> log.add("group-before"))
                .after((req, resp, resource) -> log.add("group-after"));
        group.addRoute("/x", Hooks.around(new Echo(log))
                .before((req, resp, resource, fields) -> log.add("resource-before"))
                .after((req, resp, resource) -> log.add("resource-after")));
        new TestClient(app).simulateGet("/g/x");
        assertEquals(List.of("group-before", "resource-before", "responder", "resource-after", "group-after"), log);
    }

    @Test
    void nestedGroupsInheritPrefixMiddlewareAndHooks() {
        List<String> log = new ArrayList<>();
        App app = new App();
        RouteGroup api = app.group("/api").addMiddleware(new Named("api", log))
                .before((req, resp, resource, fields) -> log.add("api-hook"));
        api.group("/v2").addMiddleware(new Named("v2", log)).addRoute("/things", new Echo(log));
        assertEquals("/api/v2/things", new TestClient(app).simulateGet("/api/v2/things").text());
        assertEquals(List.of("api.req", "v2.req", "api.rsrc", "v2.rsrc", "api-hook", "responder", "v2.resp", "api.resp"), log);
    }

    @Test
    void groupHooksMustBeDeclaredBeforeRoutes() {
        App app = new App();
        RouteGroup group = app.group("/g").addRoute("/x", new Echo(new ArrayList<>()));
        assertThrows(IllegalStateException.class, () -> group.before((req, resp, resource, fields) -> { }));
    }

    @Test
    void badPrefixIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new App().group("api/"));
        assertEquals("Group prefix 'api/' must start with '/' and not end with one, for example '/api/v1'", e.getMessage());
    }
}
