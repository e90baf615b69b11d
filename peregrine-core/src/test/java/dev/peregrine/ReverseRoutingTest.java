package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReverseRoutingTest {

    static final class Items {
        public void onGet(Request req, Response resp) {
        }

        public void onGetCollection(Request req, Response resp) {
        }
    }

    @Test
    void namedRouteExpandsWithEncodedValues() {
        App app = new App().addNamedRoute("file", "/users/{user}/files/{name}", new Items(), null);
        assertEquals("/users/ada%20l/files/a%2Fb.txt", app.uriFor("file", Map.of("user", "ada l", "name", "a/b.txt")));
    }

    @Test
    void routeFoundByResourceAndSuffix() {
        Items items = new Items();
        App app = new App().addRoute("/items", items, "collection").addRoute("/items/{id:int}", items);
        assertEquals("/items", app.uriFor(items, "collection", Map.of()));
        assertEquals("/items/42", app.uriFor(items, null, Map.of("id", 42)));
    }

    @Test
    void groupRoutesExpandWithTheirPrefix() {
        App app = new App();
        app.group("/api").addNamedRoute("item", "/items/{id}", new Items(), null);
        assertEquals("/api/items/x", app.uriFor("item", Map.of("id", "x")));
    }

    @Test
    void missingFieldIsAnError() {
        App app = new App().addNamedRoute("item", "/items/{id}", new Items(), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> app.uriFor("item", Map.of()));
        assertEquals(true, e.getMessage().contains("id"), e.getMessage());
    }

    @Test
    void unknownNameIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> new App().uriFor("nope", Map.of()));
    }
}
