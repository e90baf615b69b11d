package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.errors.HttpUriTooLong;
import dev.peregrine.spi.HttpExchange;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

class RenderErrorTest {

    /** The smallest exchange a server could hand over: a GET with one Accept header. */
    private record AcceptOnly(String accept) implements HttpExchange {
        @Override
        public String method() {
            return "GET";
        }

        @Override
        public String target() {
            return "/";
        }

        @Override
        public String header(String name) {
            return name.equalsIgnoreCase("Accept") ? accept : null;
        }

        @Override
        public List<String> headerValues(String name) {
            return name.equalsIgnoreCase("Accept") ? List.of(accept) : List.of();
        }

        @Override
        public void forEachHeader(BiConsumer<String, String> action) {
            action.accept("Accept", accept);
        }

        @Override
        public InputStream body() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public String remoteAddress() {
            return "127.0.0.1";
        }

        @Override
        public String scheme() {
            return "http";
        }
    }

    @Test
    void serverRefusalsAreRenderedByTheAppsSerializerWithoutMiddleware() {
        List<String> ran = new ArrayList<>();
        App app = new App();
        app.addMiddleware((RequestMiddleware) (req, resp) -> ran.add("middleware"));
        Response resp = app.renderError(new AcceptOnly("application/json"), new HttpUriTooLong());
        assertEquals(414, resp.status());
        assertEquals("application/json", resp.header("Content-Type"));
        assertArrayEquals("{\"title\":\"414 URI Too Long\"}".getBytes(StandardCharsets.UTF_8), resp.body());
        assertTrue(ran.isEmpty());
    }

    @Test
    void serverRefusalsNegotiateXml() {
        Response resp = new App().renderError(new AcceptOnly("application/xml"), new HttpUriTooLong());
        assertEquals("application/xml", resp.header("Content-Type"));
    }
}
