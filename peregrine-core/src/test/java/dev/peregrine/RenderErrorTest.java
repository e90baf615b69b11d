package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.errors.HttpUriTooLong;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RenderErrorTest {

    @Test
    void serverRefusalsAreRenderedByTheAppsSerializerWithoutMiddleware() {
        List<String> ran = new ArrayList<>();
        App app = new App();
        app.addMiddleware((RequestMiddleware) (req, resp) -> ran.add("middleware"));
        Response resp = app.renderError(new RawExchange("GET", "/", Map.of("Accept", "application/json")), new HttpUriTooLong());
        assertEquals(414, resp.status());
        assertEquals("application/json", resp.header("Content-Type"));
        assertArrayEquals("{\"title\":\"414 URI Too Long\"}".getBytes(StandardCharsets.UTF_8), resp.body());
        assertTrue(ran.isEmpty());
    }

    @Test
    void serverRefusalsNegotiateXml() {
        Response resp = new App().renderError(new RawExchange("GET", "/", Map.of("Accept", "application/xml")), new HttpUriTooLong());
        assertEquals("application/xml", resp.header("Content-Type"));
    }
}
