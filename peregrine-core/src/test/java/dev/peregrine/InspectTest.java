package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.middleware.CorsMiddleware;
import org.junit.jupiter.api.Test;

class InspectTest {

    static final class Things {
        public void onGet(Request req, Response resp) {
        }

        public void onPost(Request req, Response resp) {
        }
    }

    static final class Timing implements RequestMiddleware, ResponseMiddleware {
        @Override
        public void processRequest(Request req, Response resp) {
        }

        @Override
        public void processResponse(Request req, Response resp, Object resource, boolean ok) {
        }
    }

    @Test
    void inspectListsRoutesMiddlewareSinksAndErrorHandlers() {
        App app = new App();
        app.addRoute("/things", new Things());
        app.get("/health", (req, resp) -> resp.text("ok"));
        app.addMiddleware(new Timing(), CorsMiddleware.allowAnyOrigin());
        app.addSink((req, resp) -> { }, "/proxy");
        assertEquals("""
                Peregrine App
                • Routes:
                    ⇒ /things - Things:
                       ├── GET - onGet
                       └── POST - onPost
                    ⇒ /health - lambda responders:
                       └── GET - lambda
                • Middleware (Middleware are independent):
                    → Timing.processRequest
                          ├── Process route responder
                    ↢ CorsMiddleware.processResponse
                    ↢ Timing.processResponse
                • Sinks:
                    ⇥ /proxy <lambda>
                • Error handlers:
                    ⇜ Throwable <lambda>
                    ⇜ HttpError <lambda>
                    ⇜ HttpStatus <lambda>
                """, app.inspect());
    }
}
