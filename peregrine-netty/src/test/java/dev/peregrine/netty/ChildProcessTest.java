package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Behaviour that needs a JVM of its own: stopping on SIGTERM (also right after start), uploads
 * larger than the heap, logging without an SLF4J provider, serving without epoll's or OpenSSL's
 * native library, and reloading the TLS certificate on SIGHUP.
 */
class ChildProcessTest {

    private Process child;

    @AfterEach
    void killChild() throws InterruptedException {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
            child.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void sigtermLetsTheRequestInFlightFinishThenExitsZero() throws Exception {
        BufferedReader out = startChild("-Xmx256m", Long.toString(1024));
        int port = readPort(out);
        try (RawHttpClient client = new RawHttpClient(port)) {
            client.send("GET /slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
            assertEquals("STARTED", out.readLine());
            child.destroy();
            RawResponse response = client.read();
            assertEquals(200, response.status());
            assertEquals("done", response.text());
            assertEquals("close", response.header("Connection"));
        }
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child stops after draining");
        assertEquals(0, child.exitValue());
    }

    @Test
    void uploadFourTimesTheHeapIsCountedWithoutBeingBuffered() throws Exception {
        long total = 256L * 1024 * 1024;
        BufferedReader out = startChild("-Xmx64m", Long.toString(total));
        int port = readPort(out);
        try (RawHttpClient client = new RawHttpClient(port)) {
            OutputStream socket = client.socket().getOutputStream();
            socket.write(("POST /count HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] block = new byte[1024 * 1024];
            byte[] size = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            byte[] crlf = "\r\n".getBytes(StandardCharsets.ISO_8859_1);
            for (long left = total; left > 0; left -= block.length) {
                socket.write(size);
                socket.write(block);
                socket.write(crlf);
            }
            socket.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            socket.flush();
            RawResponse response = client.read();
            assertEquals(200, response.status());
            assertEquals(Long.toString(total), response.text());
        }
    }

    @Test
    void sigtermRightAfterThePortOpensStillExitsZero() throws Exception {
        for (int attempt = 1; attempt <= 3; attempt++) {
            int port;
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
            startChild(System.getProperty("java.class.path"), "-Xmx128m", "1024", Integer.toString(port));
            int listening = port;
            Eventually.await("the child listens", () -> accepts(listening));
            child.destroy();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, child.exitValue(), "attempt " + attempt + ": a signal as soon as the port opens is a clean stop");
        }
    }

    @Test
    void withoutAnSlf4jProviderTheStartupLineGoesToStderrWithTheFix() throws Exception {
        BufferedReader out = startChild(classPathWithout("slf4j-simple"), ProcessBuilder.Redirect.PIPE, "-Xmx128m", "1024");
        readPort(out);
        BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            lines.add(line);
            if (line.contains("org.slf4j:slf4j-simple")) {
                break;
            }
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Peregrine serving on http://")), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.contains("add one, for example org.slf4j:slf4j-simple")), String.join("\n", lines));
    }

    @Test
    void withoutTheNativeEpollLibraryTheServerServesOverNio(@TempDir Path logs) throws Exception {
        Path stderr = logs.resolve("stderr.log");
        String classPath = classPathWithout("netty-transport-native-epoll");
        BufferedReader out = startChild(classPath, ProcessBuilder.Redirect.to(stderr.toFile()), "-Xmx128m", "1024");
        int port = readPort(out);
        try (RawHttpClient client = new RawHttpClient(port)) {
            client.send("POST /count HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello");
            assertEquals("5", client.read().text());
        }
        String log = Files.readString(stderr);
        assertTrue(log.contains("(transport nio because epoll unavailable"), log);
    }

    @Test
    void sighupReloadsTheTlsCertificate(@TempDir Path directory) throws Exception {
        TestCertificate first = TestCertificate.ec(directory.resolve("first"), "first");
        TestCertificate second = TestCertificate.ec(directory.resolve("second"), "second");
        Path certificate = Files.copy(first.certificate(), directory.resolve("cert.pem"));
        Path key = Files.copy(first.key(), directory.resolve("key.pem"));
        BufferedReader out = startChild(System.getProperty("java.class.path"), "-Xmx128m", "1024", "0",
                certificate.toString(), key.toString());
        int port = readPort(out);
        SSLContext trust = TestCertificate.trustedBy(first, second);
        assertEquals("CN=first", servedSubject(trust, port));
        Files.copy(second.certificate(), certificate, StandardCopyOption.REPLACE_EXISTING);
        Files.copy(second.key(), key, StandardCopyOption.REPLACE_EXISTING);
        // NOTE: the child does not check its files, so only the signal can make it reload.
        Process kill = new ProcessBuilder("kill", "-HUP", Long.toString(child.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor());
        Eventually.await("new connections get the second certificate", () -> "CN=second".equals(servedSubjectQuietly(trust, port)));
        assertTrue(child.isAlive(), "SIGHUP reloads instead of stopping the JVM");
    }

    @Test
    void withoutTheOpenSslLibraryTlsRunsOnTheJdkProvider(@TempDir Path directory) throws Exception {
        TestCertificate certificate = TestCertificate.ec(directory, "localhost");
        Path stderr = directory.resolve("stderr.log");
        BufferedReader out = startChild(classPathWithout("netty-tcnative-boringssl-static"),
                ProcessBuilder.Redirect.to(stderr.toFile()), "-Xmx128m", "1024", "0",
                certificate.certificate().toString(), certificate.key().toString());
        int port = readPort(out);
        try (RawHttpClient client = TlsClient.connect(TestCertificate.trustedBy(certificate), port)) {
            client.send("POST /count HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello");
            assertEquals("5", client.read().text());
        }
        String log = Files.readString(stderr);
        assertTrue(log.contains("TLS via JDK because OpenSSL is unavailable: "), log);
    }

    private static String servedSubject(SSLContext trust, int port) throws IOException {
        try (RawHttpClient client = TlsClient.connect(trust, port)) {
            return TlsClient.servedSubject(client);
        }
    }

    private static String servedSubjectQuietly(SSLContext trust, int port) {
        try {
            return servedSubject(trust, port);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String classPathWithout(String artifact) {
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.contains(artifact)) {
                classPath.append(classPath.isEmpty() ? "" : File.pathSeparator).append(entry);
            }
        }
        return classPath.toString();
    }

    private BufferedReader startChild(String heap, String maxBody) throws IOException {
        return startChild(System.getProperty("java.class.path"), heap, maxBody);
    }

    private BufferedReader startChild(String classPath, String... args) throws IOException {
        return startChild(classPath, ProcessBuilder.Redirect.INHERIT, args);
    }

    private BufferedReader startChild(String classPath, ProcessBuilder.Redirect stderr, String... args) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, args[0]));
        for (String flag : System.getProperty("peregrine.test.jvmFlags", "").split(" ")) {
            if (!flag.isBlank()) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", classPath, ChildServer.class.getName()));
        command.addAll(List.of(args).subList(1, args.length));
        child = new ProcessBuilder(command).redirectError(stderr).start();
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private static boolean accepts(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return probe.isConnected();
        } catch (IOException refused) {
            return false;
        }
    }

    private static int readPort(BufferedReader out) throws IOException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith("PORT ")) {
                return Integer.parseInt(line.substring(5));
            }
        }
        throw new IOException("The child server exited before listening");
    }
}
