package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.errors.ErrorHandler;
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
                    ⇜ Throwable - default: logs it with its stack trace, answers 500
                    ⇜ HttpError - default: renders it with the error serializer
                    ⇜ HttpStatus - default: answers its status, headers and text
                """, app.inspect());
    }

    static final class Authorize implements BeforeHook {
        @Override
        public void before(Request req, Response resp, Object resource, PathFields fields) {
        }
    }

    static final class OutOfStock extends RuntimeException {
    }

    static final class OutOfStockHandler implements ErrorHandler<OutOfStock> {
        @Override
        public void handle(Request req, Response resp, OutOfStock error, PathFields fields) {
        }
    }

    @Test
    void inspectListsEachRespondersHooksInTheOrderTheyRunWithWhereLambdasWereDeclared() {
        App app = new App();
        int line = nextLine();
        Hooks hooks = Hooks.around(new Things())
                .before(new Authorize())
                .before("onPost", (req, resp, resource, fields) -> { })
                .after("onGet", (req, resp, resource) -> { });
        app.addRoute("/things", hooks);
        RouteGroup admin = app.group("/admin");
        int groupLine = nextLine();
        admin.after((req, resp, resource) -> { });
        admin.addRoute("/things", new Things());
        String site = "InspectTest.inspectListsEachRespondersHooksInTheOrderTheyRunWithWhereLambdasWereDeclared(InspectTest.java:";
        assertEquals("""
                • Routes:
                    ⇒ /things - Things:
                       ├── GET - onGet
                       │   ├── before Authorize
                       │   └── after lambda at %1$s%3$d)
                       └── POST - onPost
                           ├── before Authorize
                           └── before lambda at %1$s%2$d)
                    ⇒ /admin/things - Things [group /admin]:
                       ├── GET - onGet
                       │   └── after lambda at %1$s%4$d)
                       └── POST - onPost
                           └── after lambda at %1$s%4$d)
                """.formatted(site, line + 2, line + 3, groupLine), routesOf(app.inspect()));
    }

    @Test
    void inspectNamesErrorHandlersByTheirClassOrWhereTheLambdaWasDeclared() {
        App app = new App();
        app.addErrorHandler(OutOfStock.class, new OutOfStockHandler());
        int line = nextLine();
        app.addErrorHandler(Throwable.class, (req, resp, e, fields) -> { });
        assertTrue(app.inspect().endsWith("""
                • Error handlers:
                    ⇜ Throwable - lambda at InspectTest.inspectNamesErrorHandlersByTheirClassOrWhereTheLambdaWasDeclared(InspectTest.java:%d)
                    ⇜ HttpError - default: renders it with the error serializer
                    ⇜ HttpStatus - default: answers its status, headers and text
                    ⇜ OutOfStock - OutOfStockHandler
                """.formatted(line)), app.inspect());
    }

    /** The number of the line after the caller's. */
    private static int nextLine() {
        return StackWalker.getInstance().walk(frames -> frames.skip(1).findFirst()).orElseThrow().getLineNumber() + 1;
    }

    /** The routes part of an inspection. */
    private static String routesOf(String inspection) {
        int start = inspection.indexOf("• Routes:");
        int end = inspection.indexOf("• ", start + 1);
        return inspection.substring(start, end < 0 ? inspection.length() : end);
    }
}
