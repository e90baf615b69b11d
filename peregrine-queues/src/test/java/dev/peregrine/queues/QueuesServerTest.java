package dev.peregrine.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.redis.RedisServerProcess;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as its users run it: a JVM of its own, flags, a real socket, SIGTERM. */
class QueuesServerTest {

    private static final String CLIENT_ID = "3381af92-2b9e-11e3-b191-71861300734c";

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Starts the server's JVM; what it writes to stderr goes to {@link #log()}, so the pipe can never fill up. */
    private Process start(String... args) throws IOException {
        return start(Map.of(), args);
    }

    /** {@link #start(String...)} with {@code environment} added to a process environment without PEREGRINE_ variables. */
    private Process start(Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String flags = System.getProperty("peregrine.test.jvmFlags", "");
        if (!flags.isBlank()) {
            command.addAll(Arrays.asList(flags.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), QueuesServer.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("PEREGRINE_"));
        builder.environment().putAll(environment);
        builder.redirectError(directory.resolve("stderr").toFile());
        return builder.start();
    }

    /** The base URL the server printed, once it serves. */
    private static String awaitUrl(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        assertTrue(line != null && line.startsWith("Peregrine Queues serving the Zaqar v2 API at http"), String.valueOf(line));
        return line.substring(line.indexOf("http"), line.indexOf("/v2/ "));
    }

    private static String all(InputStream stream) throws IOException {
        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
    }

    /** What the last server started wrote to stderr. */
    private String log() throws IOException {
        return Files.readString(directory.resolve("stderr"));
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Client-ID", CLIENT_ID).header("X-Project-ID", "alpha");
        if (token != null) {
            request.header("X-Auth-Token", token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheApiKeepsItsDataAndStopsCleanlyOnSigterm() throws Exception {
        Path data = directory.resolve("data");
        Process server = start("--port", "0", "--store", "sqlite:" + data);
        try {
            String url = awaitUrl(server);
            assertEquals(204, get(url + "/v2/ping", null).statusCode());
            HttpResponse<String> put = http.send(HttpRequest.newBuilder(URI.create(url + "/v2/queues/orders"))
                    .header("Client-ID", CLIENT_ID).header("X-Project-ID", "alpha")
                    .PUT(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, put.statusCode());
            assertTrue(Files.list(data).findAny().isPresent());
        } finally {
            server.destroy();
        }
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, server.exitValue(), log());
        assertTrue(log().contains("Authentication is off: anyone who can reach"), log());
    }

    @Test
    void serverSettingsFromTheEnvironmentTurnOnMetricsAndTheAccessLog() throws Exception {
        Path accessLog = directory.resolve("access.log");
        // NOTE: on a port of their own: the Zaqar API's hooks refuse requests without its headers.
        Process server = start(Map.of("PEREGRINE_METRICS_PORT", "0", "PEREGRINE_ACCESS_LOG", "file:" + accessLog,
                "PEREGRINE_ACCESS_LOG_MODE", "sync", "PEREGRINE_REQUEST_IDS", "X-Request-Id"),
                "--port", "0", "--store", "sqlite:" + directory.resolve("data"));
        try {
            String url = awaitUrl(server);
            HttpResponse<String> ping = get(url + "/v2/ping", null);
            assertEquals(204, ping.statusCode());
            String requestId = ping.headers().firstValue("X-Request-Id").orElseThrow();
            Matcher metricsAt = Pattern.compile("Metrics at (http://\\S+/metrics)").matcher(log());
            assertTrue(metricsAt.find(), log());
            HttpResponse<String> scrape = http.send(HttpRequest.newBuilder(URI.create(metricsAt.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, scrape.statusCode());
            assertTrue(scrape.body().contains("http_server_requests_seconds_count{method=\"GET\",status=\"2xx\",uri=\"/v2/ping\"} 1"),
                    scrape.body());
            assertTrue(Files.readString(accessLog).contains("\"GET /v2/ping HTTP/1.1\" 204"), Files.readString(accessLog));
            assertTrue(Files.readString(accessLog).contains(requestId), Files.readString(accessLog));
        } finally {
            server.destroy();
        }
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertTrue(log().contains("accessLog=file:" + accessLog + " from environment variable PEREGRINE_ACCESS_LOG"), log());
    }

    @Test
    void aMisspeltServerSettingStopsTheStartNamingIt() throws Exception {
        Process server = start(Map.of("PEREGRINE_IDLE_TIMOUT", "5s"), "--port", "0", "--store", "sqlite:" + directory.resolve("data"));
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, server.exitValue());
        assertTrue(log().contains("Peregrine Queues did not start: Unknown settings: idleTimout (environment variable"
                + " PEREGRINE_IDLE_TIMOUT)"), log());
    }

    @Test
    void servesTheApiFromRedisWithTheChosenPostMode() throws Exception {
        try (RedisServerProcess redis = RedisServerProcess.start(directory.resolve("redis"))) {
            Process server = start("--port", "0", "--store", redis.address().toString(), "--redis-post", "watch-multi");
            try {
                String url = awaitUrl(server);
                HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url + "/v2/queues/orders/messages"))
                        .header("Client-ID", CLIENT_ID).header("X-Project-ID", "alpha")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"messages\":[{\"ttl\":300,\"body\":1}]}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(201, post.statusCode(), post.body());
                assertEquals(1, redis.sortedSetSize("q{alpha/orders}:msgs"));
            } finally {
                server.destroy();
            }
            assertTrue(server.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, server.exitValue(), log());
        }
    }

    @Test
    void aRedisStoreThatCannotBeReachedStopsTheStartNamingTheAddress() throws Exception {
        String address = "redis://127.0.0.1:" + RedisServerProcess.freePort();
        Process server = start("--port", "0", "--store", address);

        assertTrue(server.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, server.exitValue());
        assertTrue(log().contains("Peregrine Queues did not start: cannot open the store " + address
                + ": Cannot connect to Redis at " + address), log());
    }

    @Test
    void tokensMadeByHashTokenOpenTheirProject() throws Exception {
        Process hash = start("hash-token", "alpha");
        assertEquals(0, hash.waitFor());
        String line = all(hash.getInputStream()).strip();
        String[] told = log().split("\n");
        String token = told[1].strip();
        assertTrue(line.startsWith("alpha:"), line);
        Path tokens = Files.writeString(directory.resolve("tokens"), line + "\n");

        Process server = start("--port=0", "--store=sqlite:" + directory.resolve("data"), "--tokens", tokens.toString());
        try {
            String url = awaitUrl(server);
            HttpResponse<String> refused = get(url + "/v2/queues", null);
            assertEquals(401, refused.statusCode());
            assertTrue(refused.headers().firstValue("WWW-Authenticate").isPresent());
            assertEquals(200, get(url + "/v2/queues", token).statusCode());
        } finally {
            server.destroy();
        }
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertTrue(log().contains("Token authentication is on: 1 tokens for 1 projects"), log());
        assertTrue(!log().contains(token), "the token was logged");
    }

    @Test
    void tlsFlagsServeTheApiOverHttps() throws Exception {
        Path certificate = directory.resolve("cert.pem");
        Path key = directory.resolve("key.pem");
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                "-nodes", "-keyout", key.toString(), "-out", certificate.toString(), "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1").redirectErrorStream(true).start();
        String made = all(openssl.getInputStream());
        assertEquals(0, openssl.waitFor(), made);
        Process server = start("--port", "0", "--store", "sqlite:" + directory.resolve("data"),
                "--tls-cert", certificate.toString(), "--tls-key", key.toString());
        try {
            String url = awaitUrl(server);
            assertTrue(url.startsWith("https://127.0.0.1:"), url);
            HttpClient https = HttpClient.newBuilder().sslContext(trusting(certificate)).build();
            HttpResponse<String> ping = https.send(HttpRequest.newBuilder(URI.create(url + "/v2/ping"))
                    .header("Client-ID", CLIENT_ID).header("X-Project-ID", "alpha").build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, ping.statusCode());
        } finally {
            server.destroy();
        }
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, server.exitValue(), log());
    }

    @Test
    void tlsKeyThatIsMissingFailsTheStartNamingIt() throws Exception {
        Path missing = directory.resolve("missing-key.pem");
        Path certificate = Files.writeString(directory.resolve("cert.pem"), "");
        Process server = start("--port", "0", "--store", "sqlite:" + directory.resolve("data"),
                "--tls-cert", certificate.toString(), "--tls-key", missing.toString());
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, server.exitValue());
        assertTrue(log().contains("Peregrine Queues did not start: TLS certificate chain file " + certificate
                + " holds no PEM certificate"), log());
    }

    private static SSLContext trusting(Path certificate) throws Exception {
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        try (InputStream in = Files.newInputStream(certificate)) {
            trusted.setCertificateEntry("server", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    @Test
    void storeThatCannotOpenFailsTheStartNamingIt() throws Exception {
        Path notADirectory = Files.writeString(directory.resolve("file"), "x");
        Process server = start("--port", "0", "--store", "sqlite:" + notADirectory);
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, server.exitValue());
        assertTrue(log().contains("Peregrine Queues did not start: cannot open the store sqlite:" + notADirectory), log());
    }

    @Test
    void unknownFlagFailsWithStatus2() throws Exception {
        Process server = start("--prot", "80");
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, server.exitValue());
        assertTrue(log().startsWith("Unknown flag --prot;"), log());
    }

    @Test
    void helpListsTheFlagsAndExits0() throws Exception {
        Process server = start("--help");
        assertTrue(server.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, server.exitValue());
        assertEquals(ServerOptions.usage(), all(server.getInputStream()));
    }
}
