package dev.peregrine.middleware;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.peregrine.App;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorsMiddlewareTest {

    private static TestClient client(CorsMiddleware cors) {
        App app = new App();
        app.get("/r", (req, resp) -> resp.text("ok"));
        app.post("/r", (req, resp) -> resp.text("ok"));
        app.addMiddleware(cors);
        return new TestClient(app);
    }

    @Test
    void anyOriginGetsStarAndNoVary() {
        Result result = client(CorsMiddleware.allowAnyOrigin()).get("/r").header("Origin", "https://a.example").send();
        assertEquals("*", result.header("Access-Control-Allow-Origin"));
        assertNull(result.header("Vary"));
    }

    @Test
    void requestWithoutOriginGetsNoCorsHeaders() {
        Result result = client(CorsMiddleware.allowAnyOrigin()).simulateGet("/r");
        assertNull(result.header("Access-Control-Allow-Origin"));
    }

    @Test
    void listedOriginIsEchoedWithVaryOrigin() {
        Result result = client(CorsMiddleware.allowOrigins("https://a.example"))
                .get("/r").header("Origin", "https://a.example").send();
        assertEquals("https://a.example", result.header("Access-Control-Allow-Origin"));
        assertEquals("Origin", result.header("Vary"));
    }

    @Test
    void unlistedOriginGetsNothingButStillVaryOrigin() {
        Result result = client(CorsMiddleware.allowOrigins("https://a.example"))
                .get("/r").header("Origin", "https://evil.example").send();
        assertNull(result.header("Access-Control-Allow-Origin"));
        assertEquals("Origin", result.header("Vary"));
    }

    @Test
    void credentialsEchoTheOriginEvenForAnyOrigin() {
        Result result = client(CorsMiddleware.allowAnyOrigin().allowCredentials(true))
                .get("/r").header("Origin", "https://a.example").send();
        assertEquals("https://a.example", result.header("Access-Control-Allow-Origin"));
        assertEquals("true", result.header("Access-Control-Allow-Credentials"));
        assertEquals("Origin", result.header("Vary"));
    }

    @Test
    void preflightTurnsAllowIntoAllowMethods() {
        Result result = client(CorsMiddleware.allowAnyOrigin()).options("/r")
                .header("Origin", "https://a.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "X-Foo").send();
        assertEquals("GET, HEAD, POST, OPTIONS", result.header("Access-Control-Allow-Methods"));
        assertEquals("X-Foo", result.header("Access-Control-Allow-Headers"));
        assertEquals("86400", result.header("Access-Control-Max-Age"));
        assertNull(result.header("Allow"));
    }

    @Test
    void exposedHeadersAreListed() {
        Result result = client(CorsMiddleware.allowAnyOrigin().exposeHeaders("X-A", "X-B"))
                .get("/r").header("Origin", "https://a.example").send();
        assertEquals("X-A, X-B", result.header("Access-Control-Expose-Headers"));
    }

    @Test
    void existingVaryIsExtended() {
        App app = new App().get("/r", (req, resp) -> resp.vary("Accept").text("ok"));
        app.addMiddleware(CorsMiddleware.allowOrigins("https://a.example"));
        Result result = new TestClient(app).get("/r").header("Origin", "https://a.example").send();
        assertEquals(List.of("Accept, Origin"), result.headerValues("Vary"));
    }
}
