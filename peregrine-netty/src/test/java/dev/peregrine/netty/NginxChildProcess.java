package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's nginx run as a child process with the shipped {@code deploy/nginx/peregrine.conf}, on
 * free loopback ports, in front of Peregrine instances.
 *
 * <p>The shipped file stays the single source of what nginx does: this class only fills in its
 * {@code @NAME@} placeholders (ports, instances, certificate, static folder, log folder) and
 * includes it from a minimal main configuration that stands in for the distribution's
 * {@code nginx.conf} (pid file, temporary folders, MIME types), as a deployment does.
 */
final class NginxChildProcess implements AutoCloseable {

    /** The nginx configuration Peregrine ships. */
    static final Path SHIPPED_CONFIG = Path.of("..", "deploy", "nginx", "peregrine.conf").toAbsolutePath().normalize();
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Pattern PLACEHOLDER = Pattern.compile("@[A-Z0-9_]+@");

    private final Process process;
    private final Path directory;
    private final int httpsPort;
    private final int httpPort;

    private NginxChildProcess(Process process, Path directory, int httpsPort, int httpPort) {
        this.process = process;
        this.directory = directory;
        this.httpsPort = httpsPort;
        this.httpPort = httpPort;
    }

    /**
     * Starts nginx with its files in {@code directory}, TLS with {@code certificate}, static files
     * from {@code staticRoot}, in front of the instances listening on {@code instancePorts} (as
     * many as the shipped file has {@code @INSTANCE_n@} lines); returns once it accepts
     * connections. Fails naming the package when nginx is missing.
     */
    static NginxChildProcess start(Path directory, TestCertificate certificate, Path staticRoot,
                                   List<Integer> instancePorts) throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(NGINX), "this test needs nginx: apt-get install -y nginx-light");
        int httpsPort = freePort();
        int httpPort = freePort();
        Map<String, String> values = new LinkedHashMap<>();
        values.put("@LISTEN_HTTPS@", "127.0.0.1:" + httpsPort);
        values.put("@LISTEN_HTTP@", "127.0.0.1:" + httpPort);
        for (int i = 0; i < instancePorts.size(); i++) {
            values.put("@INSTANCE_" + (i + 1) + "@", "127.0.0.1:" + instancePorts.get(i));
        }
        values.put("@CERTIFICATE@", certificate.certificate().toString());
        values.put("@CERTIFICATE_KEY@", certificate.key().toString());
        values.put("@STATIC_ROOT@", staticRoot.toString());
        values.put("@LOG_DIR@", directory.toString());
        Path site = directory.resolve("peregrine.conf");
        Files.writeString(site, fillIn(Files.readString(SHIPPED_CONFIG), values));
        Path main = directory.resolve("nginx.conf");
        Files.writeString(main, mainConfig(directory, site));
        Process process = new ProcessBuilder(NGINX.toString(), "-p", directory.toString(), "-c", main.toString(),
                "-e", "stderr", "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(directory.resolve("nginx.out").toFile()).start();
        NginxChildProcess nginx = new NginxChildProcess(process, directory, httpsPort, httpPort);
        nginx.awaitListening();
        return nginx;
    }

    /** Replaces every placeholder; fails naming any the test does not know, so the file and the test cannot drift apart. */
    private static String fillIn(String config, Map<String, String> values) {
        String filled = config;
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(value.getKey(), value.getValue());
        }
        Matcher left = PLACEHOLDER.matcher(filled);
        if (left.find()) {
            fail(SHIPPED_CONFIG + " has a placeholder this test does not fill in: " + left.group());
        }
        return filled;
    }

    /**
     * What a distribution's nginx.conf provides around the shipped file. One worker, so the
     * upstream's failure marks and connection pool are one; workers run as the user running the
     * test (as root, nginx would switch them to nobody, who cannot read the temporary folder).
     */
    private static String mainConfig(Path directory, Path site) {
        return """
                user %1$s;
                worker_processes 1;
                pid %2$s/nginx.pid;
                error_log %2$s/nginx-error.log warn;
                events {
                    worker_connections 1024;
                }
                http {
                    include /etc/nginx/mime.types;
                    default_type application/octet-stream;
                    client_body_temp_path %2$s/client_body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    include %3$s;
                }
                """.formatted(System.getProperty("user.name"), directory, site);
    }

    private void awaitListening() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("nginx exited with status " + process.exitValue() + ":\n" + logs());
            }
            try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), httpsPort)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        fail("nginx did not listen on port " + httpsPort + " within 20 s:\n" + logs());
    }

    /** The port clients reach the site on over TLS. */
    int httpsPort() {
        return httpsPort;
    }

    /** The port of the plain-HTTP server that redirects to HTTPS. */
    int httpPort() {
        return httpPort;
    }

    /** The access log's lines so far (the shipped format: one line per request, with its id and upstream). */
    List<String> accessLog() throws IOException {
        Path log = directory.resolve("peregrine-access.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    /** nginx's output and error logs, for failure messages. */
    String logs() throws IOException {
        StringBuilder logs = new StringBuilder();
        for (String name : List.of("nginx.out", "nginx-error.log", "peregrine-error.log")) {
            Path log = directory.resolve(name);
            if (Files.exists(log)) {
                logs.append("--- ").append(name).append(":\n").append(Files.readString(log));
            }
        }
        return logs.toString();
    }

    /** Stops nginx (SIGTERM: close connections, exit) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
