package dev.peregrine.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JSON outside bodies (query parameters, the test client) goes through the app's JSON media
 * handler, so another JSON library can replace Jackson everywhere by registering one handler.
 */
class ReplacedJsonHandlerTest {

    /** Another JSON library, recognizable by what it makes: it reads into and writes from one-element lists. */
    private static final class ListWrappingJson implements MediaHandler {
        private final JsonHandler json = new JsonHandler();

        @Override
        public Object deserialize(InputStream body, String contentType, long contentLength, Class<?> type) throws IOException {
            return List.of(json.deserialize(body, contentType, contentLength, type));
        }

        @Override
        public byte[] serialize(Object media, String contentType) throws IOException {
            return json.serialize(List.of(media), contentType);
        }
    }

    private static App appWithListWrappingJson() {
        App app = new App();
        app.mediaHandlers().register("application/json", new ListWrappingJson());
        app.get("/param", (req, resp) -> resp.text(String.valueOf(req.paramAsJson("q"))));
        app.post("/echo", (req, resp) -> resp.text(new String(req.stream().readAllBytes(), StandardCharsets.UTF_8)));
        app.get("/document", (req, resp) -> resp.contentType("application/json").text("{\"a\": 1}"));
        return app;
    }

    @Test
    void jsonQueryParameterIsReadByTheReplacementHandler() {
        Result result = new TestClient(appWithListWrappingJson()).get("/param").param("q", "{\"a\": 1}").send();

        assertEquals("[{a=1}]", result.text());
    }

    @Test
    void malformedJsonQueryParameterIsStillAnInvalidParameter() {
        Result result = new TestClient(appWithListWrappingJson()).get("/param").param("q", "{nope").send();

        assertEquals(400, result.status());
        assertTrue(result.text().contains("Invalid parameter"), result.text());
    }

    @Test
    void testClientWritesJsonBodiesWithTheReplacementHandler() {
        Result result = new TestClient(appWithListWrappingJson()).post("/echo").json(Map.of("a", 1)).send();

        assertEquals("[{\"a\":1}]", result.text());
    }

    @Test
    void testClientReadsJsonResultsWithTheReplacementHandler() {
        Result result = new TestClient(appWithListWrappingJson()).simulateGet("/document");

        assertEquals(List.of(Map.of("a", 1)), result.json());
    }

    @Test
    void withoutAJsonHandlerPeregrinesDefaultReadsJsonQueryParameters() {
        App app = new App();
        app.mediaHandlers().remove("application/json");
        app.get("/param", (req, resp) -> resp.text(String.valueOf(req.paramAsJson("q"))));

        Result result = new TestClient(app).get("/param").param("q", "{\"a\": [1, 2]}").send();

        assertEquals("{a=[1, 2]}", result.text());
    }
}
