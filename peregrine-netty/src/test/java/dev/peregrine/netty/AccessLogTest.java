package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.App;
import dev.peregrine.TrustedProxies;
import dev.peregrine.netty.accesslog.AccessLog;
import dev.peregrine.netty.accesslog.AccessLogFormat;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access logs over real sockets: each format's line, each mode, drops under a stuck writer, and the flush at stop. */
class AccessLogTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-06T08:19:58.123Z"), ZoneOffset.UTC);
    private static final String REQUEST = "GET /things/7?x=1 HTTP/1.1\r\nHost: localhost\r\nUser-Agent: probe \"1\"\r\n"
            + "Referer: http://example.com/\r\nX-Request-Id: abc-123\r\n\r\n";

    @TempDir
    Path dir;

    private static App app() {
        App app = new App();
        app.get("/things/{id}", (req, resp) -> resp.text("thing " + req.pathField("id")));
        return app;
    }

    /** Collects what a log writes; synchronized, as the log's writer and the test read and write it. */
    private static final class Collected extends OutputStream {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            bytes.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        synchronized List<String> lines() {
            String text = bytes.toString(StandardCharsets.UTF_8);
            return text.isEmpty() ? List.of() : List.of(text.split("\n"));
        }
    }

    /** A stream whose writes wait until released: a disk that has stopped taking lines. */
    private static final class StuckStream extends OutputStream {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final Collected written = new Collected();

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            entered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            written.write(b, off, len);
        }
    }

    private static int lineCount(Path file) {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String logged(AccessLogFormat format) throws Exception {
        Collected out = new Collected();
        AccessLog log = AccessLog.stream(out).format(format).synchronous().clock(FIXED).build();
        PeregrineServer server = Servers.start(app(), b -> b.accessLog(log).requestIds("X-Request-Id"));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals(200, client.send(REQUEST).read().status());
            Eventually.await("the line is written", () -> out.lines().size() == 1);
        } finally {
            server.stop();
        }
        return out.lines().get(0);
    }

    @Test
    void commonLineOfAKnownRequest() throws Exception {
        assertEquals("127.0.0.1 - - [06/Dec/2026:08:19:58 +0000] \"GET /things/7?x=1 HTTP/1.1\" 200 7 \"abc-123\"",
                logged(AccessLogFormat.COMMON));
    }

    @Test
    void combinedLineOfAKnownRequest() throws Exception {
        assertEquals("127.0.0.1 - - [06/Dec/2026:08:19:58 +0000] \"GET /things/7?x=1 HTTP/1.1\" 200 7"
                + " \"http://example.com/\" \"probe \\x221\\x22\" \"abc-123\"", logged(AccessLogFormat.COMBINED));
    }

    @Test
    void jsonLineOfAKnownRequest() throws Exception {
        String line = logged(AccessLogFormat.JSON);
        int durationStart = line.indexOf("\"duration_us\":") + "\"duration_us\":".length();
        int durationEnd = line.indexOf(',', durationStart);
        long duration = Long.parseLong(line.substring(durationStart, durationEnd));
        assertTrue(duration > 0, line);
        assertEquals("{\"time\":\"2026-12-06T08:19:58.123Z\",\"method\":\"GET\",\"target\":\"/things/7?x=1\","
                + "\"route\":\"/things/{id}\",\"status\":200,\"bytes\":7,\"duration_us\":D,\"remote\":\"127.0.0.1\","
                + "\"user_agent\":\"probe \\\"1\\\"\",\"referer\":\"http://example.com/\",\"request_id\":\"abc-123\"}",
                line.substring(0, durationStart) + "D" + line.substring(durationEnd));
    }

    @Test
    void theTimeIsTheSystemClocksInUtcByDefault() throws Exception {
        Collected out = new Collected();
        PeregrineServer server = Servers.start(app(), b -> b.accessLog(AccessLog.stream(out).format(AccessLogFormat.JSON).build()));
        Instant before = Instant.now().minusMillis(1);
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals(200, client.get("/things/1").status());
        } finally {
            server.stop();
        }
        String line = out.lines().get(0);
        Instant time = Instant.parse(line.substring("{\"time\":\"".length(), line.indexOf("\",")));
        assertFalse(time.isBefore(before), line);
        assertFalse(time.isAfter(Instant.now()), line);
        assertTrue(line.contains("\"request_id\":null"), "request ids are off: " + line);
    }

    @Test
    void theRemoteAddressIsTheClientsBehindATrustedProxy() throws Exception {
        Collected out = new Collected();
        AccessLog log = AccessLog.stream(out).format(AccessLogFormat.COMMON).synchronous()
                .trustedProxies(TrustedProxies.of("127.0.0.2")).build();
        PeregrineServer server = Servers.start(app(), b -> b.accessLog(log));
        String forwarded = "GET /things/1 HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 203.0.113.9, 127.0.0.2\r\n\r\n";
        try (RawHttpClient proxy = new RawHttpClient(server.port(), "127.0.0.2");
                RawHttpClient stranger = new RawHttpClient(server.port(), "127.0.0.3")) {
            assertEquals(200, proxy.send(forwarded).read().status());
            Eventually.await("the proxied line", () -> out.lines().size() == 1);
            assertEquals(200, stranger.send(forwarded).read().status());
            Eventually.await("the stranger's line", () -> out.lines().size() == 2);
        } finally {
            server.stop();
        }
        assertTrue(out.lines().get(0).startsWith("203.0.113.9 - - "), out.lines().get(0));
        assertTrue(out.lines().get(1).startsWith("127.0.0.3 - - "), out.lines().get(1));
    }

    @Test
    void synchronousFileModeWritesEachLineBeforeTheServerStops() throws Exception {
        Path file = dir.resolve("access.log");
        Files.writeString(file, "an earlier line\n");
        AccessLog log = AccessLog.file(file).format(AccessLogFormat.COMMON).synchronous().build();
        PeregrineServer server = Servers.start(app(), b -> b.accessLog(log));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals(200, client.get("/things/1").status());
            Eventually.await("the line is in the file", () -> lineCount(file) == 2);
            assertEquals(404, client.get("/nowhere").status());
            Eventually.await("the second line is in the file", () -> lineCount(file) == 3);
        } finally {
            server.stop();
        }
        List<String> lines = Files.readAllLines(file);
        assertEquals("an earlier line", lines.get(0), "the file is appended to");
        assertTrue(lines.get(1).endsWith("\"GET /things/1 HTTP/1.1\" 200 7"), lines.get(1));
        assertTrue(lines.get(2).endsWith("\"GET /nowhere HTTP/1.1\" 404 " + lines.get(2).substring(lines.get(2).lastIndexOf(' ') + 1)),
                lines.get(2));
    }

    @Test
    void asynchronousModeWritesEveryLineUnderNormalLoad() throws Exception {
        Path file = dir.resolve("access.log");
        AccessLog log = AccessLog.file(file).format(AccessLogFormat.JSON).asynchronous().build();
        PeregrineServer server = Servers.start(app(), b -> b.accessLog(log));
        int connections = 4;
        int perConnection = 100;
        try {
            for (int c = 0; c < connections; c++) {
                try (RawHttpClient client = new RawHttpClient(server.port())) {
                    for (int i = 0; i < perConnection; i++) {
                        assertEquals(200, client.get("/things/" + (c * perConnection + i)).status());
                    }
                }
            }
            Eventually.await("every line is written", () -> lineCount(file) == connections * perConnection);
        } finally {
            server.stop();
        }
        assertEquals(0, log.droppedLines());
        assertEquals(connections * perConnection, Files.readAllLines(file).stream().distinct().count());
    }

    @Test
    void aStuckWriterDropsAndCountsLinesBeyondTheQueueWithoutHoldingRequests() throws Exception {
        StuckStream stuck = new StuckStream();
        AccessLog log = AccessLog.stream(stuck).format(AccessLogFormat.COMMON).asynchronous(4).build();
        PeregrineServer server = Servers.start(app(), b -> b.accessLog(log));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            assertEquals(200, client.get("/things/0").status());
            assertTrue(stuck.entered.await(10, TimeUnit.SECONDS), "the writer took the first line and is stuck writing it");
            for (int i = 1; i < 20; i++) {
                assertEquals(200, client.get("/things/" + i).status(), "requests are answered while the writer is stuck");
            }
            Eventually.await("every request is done with", () -> server.requestsInFlight() == 0);
            assertEquals(15, log.droppedLines(), "one line is being written, four wait in the queue, fifteen are dropped");
        } finally {
            stuck.release.countDown();
            server.stop();
        }
        List<String> lines = stuck.written.lines();
        assertEquals(5, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(4).contains("GET /things/4 "), lines.get(4));
    }

    @Test
    void stopWritesTheLinesStillQueued() throws Exception {
        StuckStream stuck = new StuckStream();
        AccessLog log = AccessLog.stream(stuck).format(AccessLogFormat.COMMON).build();
        PeregrineServer server = Servers.start(app(), b -> b.accessLog(log));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            for (int i = 0; i < 50; i++) {
                assertEquals(200, client.get("/things/" + i).status());
            }
        }
        Eventually.await("every request is done with", () -> server.requestsInFlight() == 0);
        assertTrue(stuck.entered.await(10, TimeUnit.SECONDS));
        assertTrue(stuck.written.lines().isEmpty(), "nothing is written while the stream is stuck");
        Thread stopper = Thread.ofPlatform().start(server::stop);
        stuck.release.countDown();
        stopper.join(30_000);
        assertFalse(stopper.isAlive());
        assertEquals(50, stuck.written.lines().size());
        assertEquals(0, log.droppedLines());
    }

    @Test
    void misconfigurationFailsWhenTheLogIsBuiltNamingTheFix() {
        assertEquals("Cannot open the access log file " + dir.resolve("missing/access.log") + " ("
                        + dir.resolve("missing/access.log") + " (No such file or directory)); check that its directory exists"
                        + " and that this process may write there",
                assertThrows(IllegalStateException.class, () -> AccessLog.file(dir.resolve("missing/access.log")).build()).getMessage());
        assertEquals("A syslog access log is always asynchronous: its datagrams are sent by the log's own thread, never a"
                + " request's; remove synchronous()",
                assertThrows(IllegalStateException.class, () -> AccessLog.syslog("127.0.0.1", 514).synchronous()).getMessage());
        assertEquals("facility(...) configures a syslog access log, and this one writes to stdout; start from"
                + " AccessLog.syslog(host, port) to log to syslog",
                assertThrows(IllegalStateException.class, () -> AccessLog.stdout().facility(null)).getMessage());
        assertEquals("appName \"my app\" is not 1 to 48 printable ASCII characters without spaces, as RFC 5424 requires;"
                + " use a name such as orders-api",
                assertThrows(IllegalArgumentException.class, () -> AccessLog.syslog("127.0.0.1", 514).appName("my app")).getMessage());
        assertEquals("The access log's queue capacity is 0; it must be between 1 and 16777216 lines, for example 8192",
                assertThrows(IllegalArgumentException.class, () -> AccessLog.stdout().asynchronous(0)).getMessage());
    }
}
