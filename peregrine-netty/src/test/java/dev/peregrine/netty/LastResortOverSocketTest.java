package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.App;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An app whose error path fails still answers over the socket, and the connection goes on. */
class LastResortOverSocketTest {

    @ParameterizedTest
    @EnumSource(Dispatch.class)
    void aFailingErrorSerializerStillAnswers500AndTheConnectionServesOn(Dispatch dispatch) throws Exception {
        App app = new App();
        app.get("/boom", (req, resp) -> {
            throw new IllegalStateException("the responder failed");
        });
        app.get("/ok", (req, resp) -> resp.setHeader("X-Ok", "yes").status(204));
        app.setErrorSerializer((req, resp, error) -> {
            throw new IllegalStateException("the serializer failed too");
        });
        PeregrineServer server = Servers.start(app, b -> b.dispatch(dispatch));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            RawResponse failed = client.get("/boom");
            assertEquals(500, failed.status());
            assertEquals("{\"title\":\"500 Internal Server Error\"}", failed.text());
            RawResponse missing = client.get("/nowhere");
            assertEquals(500, missing.status(), "even a 404 that cannot be rendered is answered");
            assertEquals("yes", client.get("/ok").header("X-Ok"), "the connection serves the next request");
        } finally {
            server.stop();
        }
    }
}
