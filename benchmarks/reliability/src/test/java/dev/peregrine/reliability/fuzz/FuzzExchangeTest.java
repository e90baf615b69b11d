package dev.peregrine.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The oracle catches what it is there to catch: each test stands up a fake server on a plain
 * socket that misbehaves in one way, and the exchange must report it.
 */
class FuzzExchangeTest {

    private static final FuzzInput GET = new FuzzInput(Category.VALID, "single", 1,
            ValidRequests.ascii("GET /echo/0 HTTP/1.1\r\nHost: fuzz\r\n\r\n"),
            List.of(new IntendedRequest("GET", "/echo/0")), Expectation.ACCEPT, true, 0);

    @Test
    void wellBehavedServerPasses() throws Exception {
        assertNull(exchange(echo("GET /echo/0 0 1") + echo("GET /echo/canary 0 1"), GET).failure());
    }

    @Test
    void status500Fails() throws Exception {
        String failure = exchange(response(500, "oops"), GET).failure();
        assertTrue(failure.startsWith("status 500"), failure);
    }

    @Test
    void servedHiddenRequestFails() throws Exception {
        String failure = exchange(echo("GET /echo/0 0 1") + echo("GET /smuggled 0 1"), GET).failure();
        assertTrue(failure.contains("hidden in a body was served"), failure);
    }

    @Test
    void extraAnswerFails() throws Exception {
        FuzzInput input = new FuzzInput(Category.BYTES, "x", 1, GET.bytes(), GET.intended(), Expectation.EITHER, false, 0);
        String failure = exchange(echo("GET /echo/0 0 1") + echo("GET /other 0 1") + echo("GET /echo/x 0 1"), input).failure();
        assertTrue(failure.contains("a request was smuggled or split"), failure);
    }

    @Test
    void wrongTargetFails() throws Exception {
        String failure = exchange(echo("GET /echo/7 0 1") + echo("GET /echo/canary 0 1"), GET).failure();
        assertTrue(failure.contains("expected 'GET /echo/0 "), failure);
    }

    @Test
    void acceptingWhatMustBeRejectedFails() throws Exception {
        FuzzInput input = new FuzzInput(Category.SMUGGLING, "x", 1, GET.bytes(), GET.intended(), Expectation.REJECT, true, 0);
        String failure = exchange(echo("GET /echo/0 0 1") + echo("GET /echo/canary 0 1"), input).failure();
        assertTrue(failure.contains("requires rejecting"), failure);
    }

    @Test
    void malformedResponseFails() throws Exception {
        String failure = exchange("HTTP/1.1 200 OK\nContent-Length: 0\r\n\r\n", GET).failure();
        assertTrue(failure.contains("bare LF"), failure);
    }

    @Test
    void silentServerIsAHang() throws Exception {
        String failure = exchange(null, GET).failure();
        assertTrue(failure.startsWith("hang"), failure);
    }

    private static String echo(String text) {
        return response(200, text);
    }

    private static String response(int status, String body) {
        return "HTTP/1.1 " + status + " X\r\nContent-Length: " + body.length() + "\r\n\r\n" + body;
    }

    /** Runs {@code input} against a server that reads the request and answers {@code reply} (or nothing, and holds the connection). */
    private static ExchangeResult exchange(String reply, FuzzInput input) throws Exception {
        try (ServerSocket listener = new ServerSocket(0)) {
            Thread fake = Thread.ofVirtual().start(() -> {
                try (Socket socket = listener.accept()) {
                    InputStream in = socket.getInputStream();
                    in.readNBytes(input.bytes().length);
                    if (reply == null) {
                        Thread.sleep(3_000);
                        return;
                    }
                    socket.getOutputStream().write(reply.getBytes(StandardCharsets.ISO_8859_1));
                    socket.shutdownOutput();
                    in.readAllBytes();
                } catch (IOException | InterruptedException e) {
                    // the exchange closed first
                }
            });
            ExchangeResult result = new FuzzExchange(new InetSocketAddress("127.0.0.1", listener.getLocalPort()),
                    Duration.ofSeconds(1)).run(input);
            fake.join();
            return result;
        }
    }
}
