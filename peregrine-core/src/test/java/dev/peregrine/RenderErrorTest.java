package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.errors.HttpUriTooLong;
import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
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
        RenderedResponse answer = app.renderError(new RawExchange("GET", "/", Map.of("Accept", "application/json")), new HttpUriTooLong());
        assertEquals(414, answer.status());
        assertEquals("URI Too Long", answer.reason());
        assertEquals("application/json", answer.header("Content-Type"));
        assertArrayEquals("{\"title\":\"414 URI Too Long\"}".getBytes(StandardCharsets.UTF_8),
                ((ResponseBody.Bytes) answer.body()).bytes());
        assertTrue(ran.isEmpty());
    }

    @Test
    void serverRefusalsNegotiateXml() {
        RenderedResponse answer = new App().renderError(new RawExchange("GET", "/", Map.of("Accept", "application/xml")), new HttpUriTooLong());
        assertEquals("application/xml", answer.header("Content-Type"));
    }
}
