package dev.peregrine.examples.tour;

import dev.peregrine.App;
import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.errors.HttpNotFound;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The README's quick start, compiled and tested so the README cannot drift from the API. */
public final class QuickStart {

    private QuickStart() {
    }

    // tag::quickstart[]
    public static final class BooksResource {
        private final Map<Long, Map<String, Object>> books = new ConcurrentHashMap<>();

        public void onGet(Request req, Response resp) {          // GET /books/{id:int}
            Map<String, Object> book = books.get(req.pathFields().asLong("id"));
            if (book == null) {
                throw new HttpNotFound(null, "No book has that id.");
            }
            resp.media(book);                                     // JSON by default
        }

        public void onPut(Request req, Response resp) {          // PUT /books/{id:int}
            @SuppressWarnings("unchecked")
            Map<String, Object> book = req.media(Map.class);      // 400 "Invalid JSON" if malformed
            books.put(req.pathFields().asLong("id"), book);
            resp.status(204);
        }
    }

    public static App create() {
        App app = new App();
        app.addRoute("/books/{id:int(min=1)}", new BooksResource());
        app.get("/health", (req, resp) -> resp.text("ok"));
        return app;
    }
    // end::quickstart[]

    /** The tour's query-parameter example. */
    public static App paging() {
        App app = new App();
        // tag::params[]
        app.get("/search", (req, resp) -> {
            String query = req.requireParam("q");                 // 400 "Missing parameter" naming q
            int limit = req.paramAsInt("limit", 20, 1, 100);      // 400 names the bound when out of range
            boolean exact = req.paramAsBool("exact", false, true);
            List<String> tags = req.paramAsList("tags", ",", String::strip);
            resp.media(Map.of("q", query, "limit", limit, "exact", exact, "tags", tags == null ? List.of() : tags));
        });
        // end::params[]
        return app;
    }
}
