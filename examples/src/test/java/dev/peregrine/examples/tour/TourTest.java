package dev.peregrine.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TourTest {

    @Test
    void quickStartStoresAndReadsBooks() {
        TestClient client = new TestClient(QuickStart.create());
        assertEquals(204, client.put("/books/1").json(Map.of("title", "Critique of Pure Reason")).send().status());
        assertEquals(Map.of("title", "Critique of Pure Reason"), client.simulateGet("/books/1").json());
        assertEquals(404, client.simulateGet("/books/0").status());
        assertEquals(200, client.simulateGet("/books/1/").status());
        Result head = client.simulateHead("/books/1");
        assertEquals(200, head.status());
        assertEquals(0, head.content().length);
        assertEquals("No book has that id.", client.simulateGet("/books/2").jsonObject().get("description"));
        assertEquals("ok", client.simulateGet("/health").text());
    }

    @Test
    void streamingExampleWritesTheExportAndResumesTheFeed() {
        TestClient client = new TestClient(StreamingApp.create(List.of("a,1", "b,2", "c,3")));
        Result export = client.simulateGet("/export.csv");
        assertEquals("text/csv", export.header("Content-Type"));
        assertEquals("a,1\nb,2\nc,3\n", export.text());
        Result feed = client.get("/feed").header("Last-Event-ID", "0").send();
        assertEquals("text/event-stream", feed.header("Content-Type"));
        assertEquals("id: 1\nevent: row\ndata: b,2\n\nid: 2\nevent: row\ndata: c,3\n\n", feed.text());
    }

    @Test
    void paramsExampleValidatesItsInput() {
        TestClient client = new TestClient(QuickStart.paging());
        assertEquals(Map.of("q", "owl", "limit", 5, "exact", true, "tags", List.of("a", "b")),
                client.simulateGet("/search?q=owl&limit=5&exact&tags=a,%20b").json());
        assertEquals("The \"q\" parameter is required.", client.simulateGet("/search").jsonObject().get("description"));
        assertEquals(400, client.simulateGet("/search?q=x&limit=1000").status());
    }

    @Test
    void tourAppWiresMiddlewareHooksGroupsAndErrors() {
        TestClient client = new TestClient(TourApp.create());
        Result items = client.simulateGet("/items");
        assertEquals(Map.of("items", List.of()), items.json());
        assertEquals("peregrine", items.header("X-Served-By"));
        assertEquals("Origin", items.header("Vary"));
        assertEquals(403, client.simulateGet("/reports/2024").status());
        Result report = client.get("/reports/2024").header("X-Role", "auditor").send();
        assertEquals("private, max-age=60", report.header("Cache-Control"));
        assertEquals(403, client.simulateGet("/admin/items/1").status());
        assertEquals(Map.of("id", 1), client.get("/admin/items/1").header("X-Role", "admin").send().json());
        assertEquals("/items/42", client.simulateGet("/link").text());
        Result soldOut = client.simulateGet("/buy/owl");
        assertEquals(409, soldOut.status());
        assertEquals(Map.of("title", "Out of stock", "description", "owl is sold out", "code", 1009), soldOut.json());
    }
}
