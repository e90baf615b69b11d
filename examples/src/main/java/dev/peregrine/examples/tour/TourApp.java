package dev.peregrine.examples.tour;

import dev.peregrine.App;
import dev.peregrine.Hooks;
import dev.peregrine.Request;
import dev.peregrine.RequestMiddleware;
import dev.peregrine.Response;
import dev.peregrine.ResponseMiddleware;
import dev.peregrine.RouteGroup;
import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpForbidden;
import dev.peregrine.middleware.CorsMiddleware;
import java.util.List;
import java.util.Map;

/** The README's tour of middleware, hooks, groups, errors and reverse routing, compiled and tested. */
public final class TourApp {

    private TourApp() {
    }

    /** A resource for the tour. */
    public static final class ItemsResource {
        /** Lists items. */
        public void onGetCollection(Request req, Response resp) {
            resp.media(Map.of("items", List.of()));
        }

        /** Shows one item. */
        public void onGet(Request req, Response resp) {
            resp.media(Map.of("id", req.pathFields().asLong("id")));
        }
    }

    /** Thrown by a pretend inventory. */
    public static final class OutOfStock extends RuntimeException {
        /** An item ran out. */
        public OutOfStock(String item) {
            super(item);
        }
    }

    /** Builds the tour's app. */
    public static App create() {
        // tag::tour[]
        App app = new App();

        // Middleware: any object implementing RequestMiddleware, ResourceMiddleware and/or ResponseMiddleware.
        app.addMiddleware(CorsMiddleware.allowOrigins("https://app.example.com"));
        app.addMiddleware((ResponseMiddleware) (req, resp, resource, ok) -> resp.setHeader("X-Served-By", "peregrine"));

        // Suffixed responders: one resource, two routes.
        ItemsResource items = new ItemsResource();
        app.addRoute("/items", items, "collection");                 // onGetCollection
        app.addNamedRoute("item", "/items/{id:int}", items, null);    // onGet

        // Hooks, attached where the route is added.
        app.addRoute("/reports/{year:int}", Hooks.around(new ItemsResource())
                .before((req, resp, resource, fields) -> requireRole(req, "auditor"))
                .after((req, resp, resource) -> resp.cacheControl("private", "max-age=60")), "collection");

        // A group with its own middleware, run right after routing into it.
        RouteGroup admin = app.group("/admin");
        admin.addMiddleware((RequestMiddleware) (req, resp) -> requireRole(req, "admin"));
        admin.addRoute("/items/{id:int}", items);

        // Errors: the most specific handler wins; handlers may throw an HttpError.
        app.addErrorHandler(OutOfStock.class, (req, resp, e, fields) -> {
            throw new HttpError(409, "Out of stock", e.getMessage() + " is sold out").code(1009);
        });

        // Reverse routing: "/items/42".
        String link = app.uriFor("item", Map.of("id", 42));
        // end::tour[]
        app.get("/link", (req, resp) -> resp.text(link));
        app.get("/buy/{item}", (req, resp) -> {
            throw new OutOfStock(req.pathField("item"));
        });
        return app;
    }

    private static void requireRole(Request req, String role) {
        if (!role.equals(req.header("X-Role"))) {
            throw new HttpForbidden("Forbidden", "This needs the " + role + " role.");
        }
    }
}
