package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Behaviour that needs a JVM of its own: stopping on SIGTERM, and uploads larger than the heap. */
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

    private BufferedReader startChild(String heap, String maxBody) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, heap));
        for (String flag : System.getProperty("peregrine.test.jvmFlags", "").split(" ")) {
            if (!flag.isBlank()) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildServer.class.getName(), maxBody));
        child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
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
