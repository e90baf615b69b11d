package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.peregrine.App;
import dev.peregrine.netty.accesslog.AccessLog;
import dev.peregrine.netty.accesslog.AccessLogFormat;
import dev.peregrine.netty.accesslog.SyslogFacility;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A syslog access log read back by a real receiver: Debian's rsyslog, started as a child process
 * on a free UDP port, writing each message's facility, severity, app name, process id, message
 * id, host name, time and text to a file.
 */
class SyslogAccessLogTest {

    private static final Path RSYSLOGD = Path.of("/usr/sbin/rsyslogd");
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-12-06T08:19:58.123Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Process rsyslog;

    @AfterEach
    void stopRsyslog() throws InterruptedException {
        if (rsyslog != null) {
            rsyslog.destroy();
            if (!rsyslog.waitFor(10, TimeUnit.SECONDS)) {
                rsyslog.destroyForcibly();
            }
        }
    }

    /** Starts rsyslog listening on a free UDP port of the loopback address; returns the port once it receives. */
    private int startRsyslog(Path output) throws Exception {
        if (!Files.isExecutable(RSYSLOGD)) {
            fail(RSYSLOGD + " is missing: install Debian's rsyslog package (apt-get install -y rsyslog)");
        }
        int port;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Path config = dir.resolve("rsyslog.conf");
        Files.writeString(config, """
                global(workDirectory="%s")
                module(load="imudp")
                input(type="imudp" address="127.0.0.1" port="%d")
                template(name="fields" type="string"
                         string="%%syslogfacility%% %%syslogseverity%% %%app-name%% %%procid%% %%msgid%% %%hostname%% %%timereported:::date-rfc3339%% %%msg%%\\n")
                *.* action(type="omfile" file="%s" template="fields")
                """.formatted(dir, port, output));
        rsyslog = new ProcessBuilder(RSYSLOGD.toString(), "-n", "-f", config.toString(), "-i", dir.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("rsyslogd.out").toFile()).start();
        // NOTE: UDP says nothing of a receiver that is not listening yet: probe until a message arrives.
        try (DatagramSocket socket = new DatagramSocket()) {
            byte[] probe = "<14>1 - - probe - - - ready".getBytes(StandardCharsets.US_ASCII);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (lines(output).stream().noneMatch(line -> line.endsWith(" ready"))) {
                if (!rsyslog.isAlive() || System.nanoTime() - deadline > 0) {
                    fail("rsyslogd did not start: " + Files.readString(dir.resolve("rsyslogd.out")));
                }
                socket.send(new DatagramPacket(probe, probe.length, InetAddress.getLoopbackAddress(), port));
                Thread.sleep(50);
            }
        }
        return port;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<String> accessLines(Path file) {
        return lines(file).stream().filter(line -> !line.endsWith(" ready")).toList();
    }

    @Test
    void rsyslogReceivesEachLineWithFacilitySeverityAppNameAndMessage() throws Exception {
        Path output = dir.resolve("received.log");
        int port = startRsyslog(output);
        App app = new App();
        app.get("/things/{id}", (req, resp) -> resp.text("thing " + req.pathField("id")));
        app.get("/fail", (req, resp) -> {
            throw new IllegalStateException("a bug");
        });
        AccessLog log = AccessLog.syslog("127.0.0.1", port).facility(SyslogFacility.LOCAL3).appName("orders-api")
                .hostname("web-1").format(AccessLogFormat.JSON).clock(FIXED).build();
        PeregrineServer server = Servers.start(app, b -> b.accessLog(log).requestIds("X-Request-Id"));
        try (RawHttpClient client = new RawHttpClient(server.port())) {
            client.send("GET /things/7 HTTP/1.1\r\nHost: localhost\r\nUser-Agent: caf\u00c3\u00a9\r\nX-Request-Id: r-1\r\n\r\n");
            assertEquals(200, client.read().status());
            assertEquals(500, client.get("/fail").status());
            Eventually.await("rsyslog wrote both lines", () -> accessLines(output).size() == 2);
        } finally {
            server.stop();
        }
        List<String> lines = accessLines(output);
        String prefix = "19 6 orders-api " + ProcessHandle.current().pid() + " access web-1 2026-12-06T08:19:58.123Z ";
        String ok = lines.get(0);
        assertTrue(ok.startsWith(prefix + "{\"time\":\"2026-12-06T08:19:58.123Z\",\"method\":\"GET\",\"target\":\"/things/7\","
                + "\"route\":\"/things/{id}\",\"status\":200,\"bytes\":7,\"duration_us\":"), ok);
        assertTrue(ok.endsWith(",\"remote\":\"127.0.0.1\",\"user_agent\":\"caf\u00e9\",\"referer\":null,\"request_id\":\"r-1\"}"), ok);
        String failed = lines.get(1);
        assertTrue(failed.startsWith("19 4 orders-api "), "a 5xx answer is a warning: " + failed);
        assertTrue(failed.contains("\"target\":\"/fail\",\"route\":\"/fail\",\"status\":500,"), failed);
        assertEquals(0, log.droppedLines());
    }
}
