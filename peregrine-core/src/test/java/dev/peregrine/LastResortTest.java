package dev.peregrine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.errors.ErrorSerializer;
import dev.peregrine.testing.Result;
import dev.peregrine.testing.TestClient;
import org.junit.jupiter.api.Test;

/** When answering itself fails, the app still answers: a fixed 500. */
class LastResortTest {

    private static final String LAST_RESORT_BODY = "{\"title\":\"500 Internal Server Error\"}";

    private static App appWhoseErrorsCannotBeRendered(ErrorSerializer serializer) {
        App app = new App();
        app.get("/boom", (req, resp) -> {
            throw new IllegalStateException("the responder failed");
        });
        app.setErrorSerializer(serializer);
        return app;
    }

    @Test
    void serializerThatThrowsGetsTheFixed500() {
        App app = appWhoseErrorsCannotBeRendered((req, resp, error) -> {
            throw new IllegalStateException("the serializer failed too");
        });
        Result result = new TestClient(app).simulateGet("/boom");
        assertEquals(500, result.status());
        assertEquals("application/json", result.header("Content-Type"));
        assertEquals(Integer.toString(LAST_RESORT_BODY.length()), result.header("Content-Length"));
        assertEquals(LAST_RESORT_BODY, result.text());
    }

    @Test
    void aNotFoundThatCannotBeRenderedIsTheFixed500() {
        App app = appWhoseErrorsCannotBeRendered((req, resp, error) -> {
            throw new StackOverflowError("a serializer that recursed");
        });
        Result result = new TestClient(app).simulateGet("/nowhere");
        assertEquals(500, result.status());
        assertEquals(LAST_RESORT_BODY, result.text());
    }

    @Test
    void removedJsonHandlerStillGetsAnAnswer() {
        App app = new App();
        app.get("/boom", (req, resp) -> {
            throw new IllegalStateException("the responder failed");
        });
        app.mediaHandlers().remove("application/json");
        Result result = new TestClient(app).simulateGet("/boom");
        assertEquals(500, result.status());
        assertEquals(LAST_RESORT_BODY, result.text());
    }

    @Test
    void headGetsTheFixed500WithoutABody() {
        App app = appWhoseErrorsCannotBeRendered((req, resp, error) -> {
            throw new IllegalStateException("the serializer failed too");
        });
        Result result = new TestClient(app).simulateHead("/boom");
        assertEquals(500, result.status());
        assertEquals(Integer.toString(LAST_RESORT_BODY.length()), result.header("Content-Length"));
        assertEquals(0, result.content().length);
    }

    @Test
    void responseMiddlewareThatThrowsWhileAnErrorIsHandledStillGetsAnAnswer() {
        App app = new App();
        app.addMiddleware((ResponseMiddleware) (req, resp, resource, ok) -> {
            throw new IllegalStateException("middleware failed");
        });
        app.setErrorSerializer((req, resp, error) -> {
            throw new IllegalStateException("the serializer failed too");
        });
        Result result = new TestClient(app).simulateGet("/anything");
        assertEquals(500, result.status());
        assertEquals(LAST_RESORT_BODY, result.text());
    }
}
