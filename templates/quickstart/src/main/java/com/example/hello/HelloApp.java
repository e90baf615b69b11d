package com.example.hello;

import dev.peregrine.App;
import dev.peregrine.Request;
import dev.peregrine.Response;
import java.util.Map;

/** The application: its routes and resources. {@link Main} serves it; the tests call it in process. */
public final class HelloApp {

    private HelloApp() {
    }

    /** Greets whoever the path names. */
    public static final class GreetingResource {

        public void onGet(Request req, Response resp) {          // GET /greetings/{name}
            String name = req.pathFields().get("name");
            resp.media(Map.of("greeting", "Hello, " + name + "!"));
        }
    }

    /** Builds the app; add your routes here. */
    public static App create() {
        App app = new App();
        app.addRoute("/greetings/{name}", new GreetingResource());
        app.get("/health", (req, resp) -> resp.text("ok"));
        return app;
    }
}
