package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.errors.HttpError;
import dev.peregrine.errors.HttpNotFound;
import dev.peregrine.errors.HttpTooManyRequests;
import dev.peregrine.errors.ProblemJsonErrorSerializer;
import dev.peregrine.redirects.HttpFound;
import dev.peregrine.redirects.HttpMovedPermanently;
import dev.peregrine.redirects.HttpPermanentRedirect;
import dev.peregrine.redirects.HttpSeeOther;
import dev.peregrine.redirects.HttpTemporaryRedirect;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {

    static class StorageException extends RuntimeException {
        StorageException(String message) {
            super(message);
        }
    }

    static class DiskFullException extends StorageException {
        DiskFullException() {
            super("disk full");
        }
    }

    private static TestClient failing(RuntimeException error) {
        return new TestClient(new App().get("/r", (req, resp) -> {
            throw error;
        }));
    }

    @Test
    void httpErrorRendersFalconsShapeInKeyOrder() {
        Result result = failing(new HttpNotFound(null, "nope").code(42).href("http://x/é")).simulateGet("/r");
        assertEquals(404, result.status());
        assertEquals("{\"title\":\"404 Not Found\",\"description\":\"nope\",\"code\":42,"
                + "\"link\":{\"text\":\"Documentation related to this error\",\"href\":\"http://x/%C3%A9\",\"rel\":\"help\"}}",
                result.text());
        assertEquals("Accept", result.header("Vary"));
    }

    @Test
    void errorStringsAreEscaped() {
        String nasty = "quote \" backslash \\ newline \n tab \t bell \u0007 non-ASCII é 雪";
        Result result = failing(new HttpError(400, "Bad \"thing\"", nasty)).simulateGet("/r");
        assertEquals("Bad \"thing\"", result.jsonObject().get("title"));
        assertEquals(nasty, result.jsonObject().get("description"));
        assertTrue(result.text().contains("\\u0007"), result.text());
    }

    @Test
    void clientPreferringXmlGetsXml() {
        Result result = failing(new HttpNotFound()).get("/r").header("Accept", "application/xml").send();
        assertEquals("application/xml", result.contentType());
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\"?><error><title>404 Not Found</title></error>", result.text());
    }

    @Test
    void xmlErrorsCanBeTurnedOff() {
        App app = new App().get("/r", (req, resp) -> {
            throw new HttpNotFound();
        });
        app.responseOptions().xmlErrorSerialization(false);
        Result result = new TestClient(app).get("/r").header("Accept", "application/xml").send();
        assertEquals("application/json", result.contentType());
    }

    @Test
    void clientAcceptingNeitherJsonNorXmlStillGetsJson() {
        Result result = failing(new HttpNotFound()).get("/r").header("Accept", "text/html").send();
        assertEquals("application/json", result.contentType());
        assertEquals(Map.of("title", "404 Not Found"), result.json());
    }

    @Test
    void problemJsonSerializerFollowsRfc9457() {
        App app = new App().get("/r", (req, resp) -> {
            throw new HttpNotFound(null, "No such thing").code(7);
        });
        app.setErrorSerializer(new ProblemJsonErrorSerializer(app.mediaHandlers()));
        Result result = new TestClient(app).simulateGet("/r");
        assertEquals("application/problem+json", result.contentType());
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("type", "about:blank");
        expected.put("title", "Not Found");
        expected.put("status", 404);
        expected.put("detail", "No such thing");
        expected.put("code", 7);
        assertEquals(expected, result.json());
    }

    @Test
    void errorHeadersAreSent() {
        Result result = failing(new HttpTooManyRequests(30)).simulateGet("/r");
        assertEquals(429, result.status());
        assertEquals("30", result.header("Retry-After"));
    }

    @Test
    void uncaughtExceptionIsGeneric500WithoutTrace() {
        Result result = failing(new IllegalStateException("secret internals")).simulateGet("/r");
        assertEquals(500, result.status());
        assertEquals(Map.of("title", "500 Internal Server Error"), result.json());
        assertFalse(result.text().contains("secret"));
        assertFalse(result.text().contains("IllegalStateException"));
    }

    @Test
    void mostSpecificHandlerWins() {
        App app = new App().get("/r", (req, resp) -> {
            throw new DiskFullException();
        });
        app.addErrorHandler(RuntimeException.class, (req, resp, e, f) -> resp.status(500).text("runtime"));
        app.addErrorHandler(StorageException.class, (req, resp, e, f) -> resp.status(507).text("storage " + e.getMessage()));
        Result result = new TestClient(app).simulateGet("/r");
        assertEquals(507, result.status());
        assertEquals("storage disk full", result.text());
    }

    @Test
    void reRegisteringReplacesTheHandler() {
        App app = new App().get("/r", (req, resp) -> {
            throw new StorageException("x");
        });
        app.addErrorHandler(StorageException.class, (req, resp, e, f) -> resp.text("first"));
        app.addErrorHandler(StorageException.class, (req, resp, e, f) -> resp.text("second"));
        assertEquals("second", new TestClient(app).simulateGet("/r").text());
    }

    @Test
    void handlerMayRaiseAnHttpError() {
        App app = new App().get("/r", (req, resp) -> {
            throw new StorageException("x");
        });
        app.addErrorHandler(StorageException.class, (req, resp, e, f) -> {
            throw new HttpError(503, "Storage down", "try later");
        });
        Result result = new TestClient(app).simulateGet("/r");
        assertEquals(503, result.status());
        assertEquals(Map.of("title", "Storage down", "description", "try later"), result.json());
    }

    @Test
    void handlerSeesClearedBodyButKeptHeaders() {
        App app = new App().get("/r", (req, resp) -> {
            resp.setHeader("X-Kept", "yes").text("partial");
            throw new StorageException("x");
        });
        app.addErrorHandler(StorageException.class, (req, resp, e, f) -> resp.status(500).text(String.valueOf(resp.text())));
        Result result = new TestClient(app).simulateGet("/r");
        assertEquals("null", result.text());
        assertEquals("yes", result.header("X-Kept"));
    }

    @Test
    void handlerCanOverrideHttpErrorRendering() {
        App app = new App();
        app.addErrorHandler(HttpNotFound.class, (req, resp, e, f) -> resp.status(404).text("custom 404"));
        assertEquals("custom 404", new TestClient(app).simulateGet("/missing").text());
    }

    @Test
    void httpStatusShortCircuitsWithoutAnError() {
        TestClient client = failing(new HttpStatus(202, "accepted").header("X-Job", "7"));
        Result result = client.simulateGet("/r");
        assertEquals(202, result.status());
        assertEquals("accepted", result.text());
        assertEquals("7", result.header("X-Job"));
        assertNull(result.header("Vary"));
    }

    @Test
    void redirectsSetLocationAndHaveNoBody() {
        List<HttpStatus> redirects = List.of(new HttpMovedPermanently("/a"), new HttpFound("/b"),
                new HttpSeeOther("/c"), new HttpTemporaryRedirect("/d"), new HttpPermanentRedirect("/e"));
        int[] codes = {301, 302, 303, 307, 308};
        String[] locations = {"/a", "/b", "/c", "/d", "/e"};
        for (int i = 0; i < codes.length; i++) {
            Result result = failing(redirects.get(i)).simulateGet("/r");
            assertEquals(codes[i], result.status());
            assertEquals(locations[i], result.header("Location"));
            assertEquals(0, result.content().length);
        }
    }

    @Test
    void responseMiddlewareFailureIsHandledAndLaterStepsSeeFailure() {
        App app = new App().get("/r", (req, resp) -> resp.text("ok"));
        StringBuilder seen = new StringBuilder();
        app.addMiddleware((ResponseMiddleware) (req, resp, resource, ok) -> seen.append("outer:").append(ok));
        app.addMiddleware((ResponseMiddleware) (req, resp, resource, ok) -> {
            throw new HttpError(418);
        });
        Result result = new TestClient(app).simulateGet("/r");
        assertEquals(418, result.status());
        assertEquals("outer:false", seen.toString());
    }
}
