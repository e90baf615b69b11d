package dev.peregrine.netty;

import dev.peregrine.App;
import java.util.LinkedHashMap;
import java.util.Map;

/** The app both halves of the conformance suite talk to. */
final class ConformanceApp {

    private ConformanceApp() {
    }

    static App create() {
        App app = new App();
        app.get("/things/{id:int}", (req, resp) -> resp.media(Map.of("id", req.pathFields().asLong("id"))));
        app.post("/things", (req, resp) -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> thing = req.media(Map.class);
            resp.status(201);
            resp.location("/things/7");
            resp.media(thing);
        });
        app.get("/text", (req, resp) -> resp.text("hello"));
        app.get("/search", (req, resp) -> {
            Map<String, Object> echoed = new LinkedHashMap<>();
            echoed.put("q", req.param("q"));
            echoed.put("limit", req.paramAsInt("limit", 10, 1, 100));
            resp.media(echoed);
        });
        app.get("/cookies", (req, resp) -> {
            resp.setCookie("flavour", "oat").secure(false);
            resp.text("session=" + req.cookie("session"));
        });
        app.get("/headers", (req, resp) -> resp.text(req.header("X-Custom", "none")));
        return app;
    }
}
