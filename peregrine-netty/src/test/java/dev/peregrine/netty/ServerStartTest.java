package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Starting: transports, and startup errors that name the problem and the fix. */
class ServerStartTest {

    private static App app() {
        App app = new App();
        app.get("/ok", (req, resp) -> resp.text("ok"));
        return app;
    }

    @Test
    void nioTransportServesAsWellAsEpoll() throws Exception {
        PeregrineServer server = Servers.start(app(), b -> b.nativeTransport(false));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals("ok", client.get("/ok").text());
            assertEquals("ok", client.get("/ok").text());
        } finally {
            server.stop();
        }
    }

    @Test
    void portInUseFailsNamingThePortAndTheFix() {
        PeregrineServer first = Servers.start(app(), b -> b);
        try {
            PeregrineServer second = PeregrineServer.builder(app()).port(first.port()).build();
            IllegalStateException e = assertThrows(IllegalStateException.class, second::start);
            assertTrue(e.getMessage().startsWith("Cannot listen on 127.0.0.1:" + first.port()), e.getMessage());
            assertTrue(e.getMessage().endsWith("stop whatever uses that port or choose another with .port(...)"), e.getMessage());
        } finally {
            first.stop();
        }
    }

    @Test
    void settingOutOfRangeFailsNamingTheRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeregrineServer.builder(app()).maxConnections(0));
        assertEquals("maxConnections is 0; it must be between 1 and 2147483647", e.getMessage());
    }

    @Test
    void zeroTimeoutFailsSayingItMustBePositive() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PeregrineServer.builder(app()).idleTimeout(Duration.ZERO));
        assertEquals("idleTimeout is PT0S; it must be positive, for example Duration.ofSeconds(10)", e.getMessage());
    }

    @Test
    void urlNamesTheBoundPort() {
        PeregrineServer server = Servers.start(app(), b -> b);
        try {
            assertEquals("http://127.0.0.1:" + server.port() + "/", server.url());
        } finally {
            server.stop();
        }
    }
}
