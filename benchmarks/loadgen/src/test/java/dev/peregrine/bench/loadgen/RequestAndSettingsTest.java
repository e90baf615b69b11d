package dev.peregrine.bench.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestAndSettingsTest {
    @Test
    void requestCarriesPathQueryHostAndExtraHeaders() {
        TargetRequest request = TargetRequest.get("http://127.0.0.1:8080/queues/demo/messages?size=64k",
                List.of("Accept: application/json", "X-Trace:1"));
        assertEquals("127.0.0.1", request.host());
        assertEquals(8080, request.port());
        assertEquals("GET /queues/demo/messages?size=64k HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n"
                + "Accept: application/json\r\nX-Trace: 1\r\n\r\n", new String(request.bytes(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void urlWithoutPortUsesPortEightyAndRootPath() {
        TargetRequest request = TargetRequest.get("http://localhost", List.of());
        assertEquals(80, request.port());
        assertEquals("GET / HTTP/1.1\r\nHost: localhost\r\n\r\n", new String(request.bytes(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void postCarriesItsBodyWithItsLength() throws Exception {
        Path body = Files.createTempFile("loadgen-body", ".json");
        try {
            Files.writeString(body, "{\"messages\":[]}");
            SweepSettings settings = SweepSettings.parse(new String[] {"--url", "http://127.0.0.1:9/v2/queues/q/messages",
                    "--method", "POST", "--body-file", body.toString(), "--header", "Content-Type: application/json"});
            assertEquals("POST /v2/queues/q/messages HTTP/1.1\r\nHost: 127.0.0.1:9\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 15\r\n\r\n{\"messages\":[]}", new String(settings.target().bytes(), StandardCharsets.ISO_8859_1));
        } finally {
            Files.delete(body);
        }
    }

    @Test
    void lowerCaseMethodAndMissingBodyFileAreRefused() {
        assertEquals("--method 'post' must be an upper-case method such as GET or POST", assertThrows(IllegalArgumentException.class,
                () -> SweepSettings.parse(new String[] {"--url", "http://127.0.0.1:9/", "--method", "post"})).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> SweepSettings.parse(new String[] {"--url", "http://127.0.0.1:9/", "--body-file", "/nonexistent/body"}))
                .getMessage().startsWith("--body-file '/nonexistent/body' cannot be read"));
    }

    @Test
    void httpsUrlIsRefusedWithAnExample() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TargetRequest.get("https://127.0.0.1/", List.of()));
        assertEquals("--url 'https://127.0.0.1/' must be an http:// URL with a host, e.g. http://127.0.0.1:8080/plaintext",
                error.getMessage());
    }

    @Test
    void headerWithoutColonIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> TargetRequest.get("http://127.0.0.1/", List.of("Accept")));
        assertEquals("--header 'Accept' must look like 'Name: value' on one line", error.getMessage());
    }

    @Test
    void settingsDefaultToTheSevenStepSweep() {
        SweepSettings settings = SweepSettings.parse(new String[] {"--url", "http://127.0.0.1:9/"});
        assertEquals(List.of(5_000L, 10_000L, 20_000L, 40_000L, 60_000L, 80_000L, 100_000L), settings.rates());
        assertEquals(new StepPlan(5_000, Duration.ofSeconds(5), 64, Duration.ofSeconds(2)), settings.plan(5_000));
        assertEquals(Duration.ZERO, settings.warmup());
    }

    @Test
    void settingsReadEveryOption() {
        SweepSettings settings = SweepSettings.parse(new String[] {"--url", "http://127.0.0.1:9/", "--rates", "100, 200",
                "--seconds", "1.5", "--connections", "8", "--timeout-ms", "300", "--header", "Connection: close",
                "--warmup-seconds", "2"});
        assertEquals(List.of(100L, 200L), settings.rates());
        assertEquals(new StepPlan(200, Duration.ofMillis(1500), 8, Duration.ofMillis(300)), settings.plan(200));
        assertEquals(new StepPlan(100, Duration.ofSeconds(2), 8, Duration.ofMillis(300)), settings.warmupPlan());
        assertEquals("GET / HTTP/1.1\r\nHost: 127.0.0.1:9\r\nConnection: close\r\n\r\n",
                new String(settings.target().bytes(), StandardCharsets.ISO_8859_1));
    }

    @Test
    void missingUrlIsNamedWithAnExample() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SweepSettings.parse(new String[] {"--rates", "100"}));
        assertEquals("--url is required, e.g. --url http://127.0.0.1:8080/plaintext", error.getMessage());
    }

    @Test
    void fractionalRateIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SweepSettings.parse(new String[] {"--url", "http://127.0.0.1:9/", "--rates", "100,2.5"}));
        assertEquals("--rates must list whole requests a second of at least 1, e.g. 5000,10000; got '2.5'", error.getMessage());
    }

    @Test
    void unknownOptionIsNamed() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SweepSettings.parse(new String[] {"--url", "http://127.0.0.1:9/", "--threads", "2"}));
        assertEquals("unknown option --threads", error.getMessage());
    }
}
