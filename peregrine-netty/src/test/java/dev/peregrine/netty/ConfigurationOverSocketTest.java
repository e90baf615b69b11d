package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.netty.config.Configuration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings from outside the code reach the running server, win over the code, and fail clearly. */
class ConfigurationOverSocketTest {

    private static App app() {
        App app = new App();
        app.post("/upload", (req, resp) -> resp.text(Integer.toString(req.stream().readAllBytes().length)));
        return app;
    }

    @Test
    void configuredLimitsWinOverTheCodeAndAreEnforced() throws Exception {
        Configuration configuration = Configuration.of(Map.of(
                "PEREGRINE_MAX_BODY_SIZE", "8B", "PEREGRINE_DISPATCH", "inline", "PEREGRINE_REQUEST_IDS", "X-Trace"));
        PeregrineServer server = PeregrineServer.builder(app()).port(0).maxBodySize(1024)
                .configuration(configuration).build().start();
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals(8, server.settings().maxBodySize());
            assertEquals(Dispatch.INLINE, server.settings().dispatch());
            client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 9\r\n\r\n123456789");
            RawResponse refused = client.read();
            assertEquals(413, refused.status());
            assertNotNull(refused.header("X-Trace"));
        } finally {
            server.stop();
        }
    }

    @Test
    void theStartupLogNamesEachNonDefaultValueAndItsSource() {
        Configuration configuration = Configuration.of(Map.of("PEREGRINE_IDLE_TIMEOUT", "5s", "PEREGRINE_PORT", "0"));
        String provenance = ConfigurableSettings.describe(
                PeregrineServer.builder(app()).build().settings(),
                PeregrineServer.builder(app()).port(9000).backlog(64).build().settings(),
                PeregrineServer.builder(app()).port(9000).backlog(64).configuration(configuration).build().settings(),
                List.of(configuration.take("idleTimeout").orElseThrow(), configuration.take("port").orElseThrow()));
        assertEquals("settings not at their defaults: port=0 from environment variable PEREGRINE_PORT, over 9000 in code,"
                + " backlog=64 from code, idleTimeout=5000ms from environment variable PEREGRINE_IDLE_TIMEOUT", provenance);
    }

    @Test
    void malformedAndUnknownSettingsFailTheBuildNamingThem() {
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class, () -> PeregrineServer.builder(app())
                .configuration(Configuration.of(Map.of("PEREGRINE_IDLE_TIMEOUT", "0s"))).build());
        assertEquals("Setting idleTimeout = \"0s\" (environment variable PEREGRINE_IDLE_TIMEOUT) is not positive;"
                + " use a positive duration, for example 30s", malformed.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> PeregrineServer.builder(app())
                .configuration(Configuration.of(Map.of("PEREGRINE_IDLE_TIMOUT", "5s"))).build());
        assertTrue(unknown.getMessage().startsWith("Unknown settings: idleTimout (environment variable PEREGRINE_IDLE_TIMOUT)"),
                unknown.getMessage());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> PeregrineServer.builder(app())
                .configuration(Configuration.of(Map.of("PEREGRINE_REQUEST_IDS", "X Trace"))).build());
        assertTrue(refused.getMessage().startsWith("Setting requestIds = \"X Trace\" (environment variable PEREGRINE_REQUEST_IDS)"
                + " is refused; requestIds header name"), refused.getMessage());
    }

    @Test
    void aConfiguredAccessLogAndTrustedProxiesReachTheAppAndTheLog(@TempDir Path dir) throws Exception {
        Path logFile = dir.resolve("access.log");
        App app = app();
        app.get("/who", (req, resp) -> resp.text(req.clientAddress()));
        Configuration configuration = Configuration.of(Map.of("PEREGRINE_ACCESS_LOG", "file:" + logFile,
                "PEREGRINE_ACCESS_LOG_FORMAT", "json", "PEREGRINE_ACCESS_LOG_MODE", "sync",
                "PEREGRINE_TRUSTED_PROXIES", "127.0.0.1, ::1"));
        PeregrineServer server = PeregrineServer.builder(app).port(0).configuration(configuration).build().start();
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /who HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 203.0.113.9\r\n\r\n");
            assertEquals("203.0.113.9", client.read().text());
        } finally {
            server.stop();
        }
        String line = Files.readString(logFile);
        assertTrue(line.startsWith("{") && line.contains("\"remote\":\"203.0.113.9\"") && line.contains("\"target\":\"/who\""), line);
    }

    @Test
    void accessLogDetailsWithoutADestinationOrWithABadModeFail() {
        IllegalArgumentException stray = assertThrows(IllegalArgumentException.class, () -> PeregrineServer.builder(app())
                .configuration(Configuration.of(Map.of("PEREGRINE_ACCESS_LOG_FORMAT", "json"))).build());
        assertEquals("Setting accessLogFormat = \"json\" (environment variable PEREGRINE_ACCESS_LOG_FORMAT) is given without"
                + " accessLog; set PEREGRINE_ACCESS_LOG to stdout, file:PATH or syslog:HOST:PORT, or remove it", stray.getMessage());
        IllegalArgumentException mode = assertThrows(IllegalArgumentException.class, () -> PeregrineServer.builder(app())
                .configuration(Configuration.of(Map.of("PEREGRINE_ACCESS_LOG", "stdout", "PEREGRINE_ACCESS_LOG_MODE", "later")))
                .build());
        assertTrue(mode.getMessage().endsWith("is not a mode; use sync or async"), mode.getMessage());
        IllegalArgumentException destination = assertThrows(IllegalArgumentException.class, () -> PeregrineServer.builder(app())
                .configuration(Configuration.of(Map.of("PEREGRINE_ACCESS_LOG", "syslog:localhost"))).build());
        assertTrue(destination.getMessage().endsWith("is not a destination; use stdout, file:PATH or syslog:HOST:PORT"),
                destination.getMessage());
        IllegalArgumentException proxies = assertThrows(IllegalArgumentException.class, () -> PeregrineServer.builder(app())
                .configuration(Configuration.of(Map.of("PEREGRINE_TRUSTED_PROXIES", "10.0.0.0/33"))).build());
        assertTrue(proxies.getMessage().startsWith("Setting trustedProxies = \"10.0.0.0/33\" (environment variable"
                + " PEREGRINE_TRUSTED_PROXIES) is refused; "), proxies.getMessage());
    }

    @Test
    void configuredCertificateAndKeyServeHttps(@TempDir Path dir) throws Exception {
        TestCertificate certificate = TestCertificate.ec(dir, "localhost");
        App app = app();
        app.get("/scheme", (req, resp) -> resp.text(req.scheme()));
        Configuration configuration = Configuration.of(Map.of("PEREGRINE_TLS_CERTIFICATE", certificate.certificate().toString(),
                "PEREGRINE_TLS_KEY", certificate.key().toString(), "PEREGRINE_TLS_PROVIDER", "jdk"));
        PeregrineServer server = PeregrineServer.builder(app).port(0).configuration(configuration).build().start();
        try (RawHttpClient client = new RawHttpClient(certificate.connect(server.port(), "127.0.0.1"))) {
            assertEquals("https", client.get("/scheme").text());
            assertEquals(TlsProvider.JDK, server.settings().tls().provider());
        } finally {
            server.stop();
        }
        IllegalArgumentException alone = assertThrows(IllegalArgumentException.class, () -> PeregrineServer.builder(app())
                .configuration(Configuration.of(Map.of("PEREGRINE_TLS_CERTIFICATE", certificate.certificate().toString())))
                .build());
        assertTrue(alone.getMessage().endsWith("is given without tlsKey; give both PEREGRINE_TLS_CERTIFICATE and"
                + " PEREGRINE_TLS_KEY (PEM files), or neither"), alone.getMessage());
    }

    @Test
    void everyConfigurableKeyIsAppliedThroughTheBuilder() {
        Map<String, String> all = Map.ofEntries(
                Map.entry("PEREGRINE_HOST", "127.0.0.1"), Map.entry("PEREGRINE_PORT", "0"),
                Map.entry("PEREGRINE_IO_THREADS", "3"), Map.entry("PEREGRINE_BACKLOG", "77"),
                Map.entry("PEREGRINE_NATIVE_TRANSPORT", "false"), Map.entry("PEREGRINE_DISPATCH", "POOL"),
                Map.entry("PEREGRINE_MAX_CONCURRENT_REQUESTS", "99"), Map.entry("PEREGRINE_POOL_THREADS", "5"),
                Map.entry("PEREGRINE_BUFFERED_BODY_LIMIT", "1KiB"), Map.entry("PEREGRINE_MAX_REQUEST_LINE_LENGTH", "2KiB"),
                Map.entry("PEREGRINE_MAX_HEADER_SIZE", "4KiB"), Map.entry("PEREGRINE_MAX_BODY_SIZE", "1MiB"),
                Map.entry("PEREGRINE_MAX_PIPELINED_REQUESTS", "7"), Map.entry("PEREGRINE_OUTBOUND_BUFFER_LIMIT", "32KiB"),
                Map.entry("PEREGRINE_HEADER_READ_TIMEOUT", "2s"), Map.entry("PEREGRINE_BODY_READ_TIMEOUT", "3s"),
                Map.entry("PEREGRINE_MIN_BODY_RATE", "100"), Map.entry("PEREGRINE_BODY_RATE_GRACE", "4s"),
                Map.entry("PEREGRINE_WRITE_TIMEOUT", "6s"), Map.entry("PEREGRINE_IDLE_TIMEOUT", "7s"),
                Map.entry("PEREGRINE_MAX_CONNECTIONS", "500"), Map.entry("PEREGRINE_MAX_CONNECTIONS_PER_ADDRESS", "9"),
                Map.entry("PEREGRINE_DRAIN_TIMEOUT", "8s"), Map.entry("PEREGRINE_DRAIN_GRACE", "100ms"),
                Map.entry("PEREGRINE_REQUEST_IDS", "X-Request-Id"),
                Map.entry("PEREGRINE_HEALTH_CHECKS", "/live, /ready"), Map.entry("PEREGRINE_STOP_DELAY", "2s"));
        assertEquals(ConfigurableSettings.keys().size(), all.size(), "a variable for every configurable setting");
        ServerSettings settings = PeregrineServer.builder(app()).configuration(Configuration.of(all)).build().settings();
        assertEquals(new ServerSettings("127.0.0.1", 0, 3, 77, false, Dispatch.POOL, 99, 5, 1024, 2048, 4096, 1024 * 1024,
                7, 32 * 1024, Duration.ofSeconds(2), Duration.ofSeconds(3), 100, Duration.ofSeconds(4), Duration.ofSeconds(6),
                Duration.ofSeconds(7), 500, 9, Duration.ofSeconds(8), Duration.ofMillis(100), "X-Request-Id", "/live", "/ready", Duration.ofSeconds(2), null),
                settings);
    }
}
