package dev.peregrine.bench.loadgen;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** A loopback HTTP server on a free port whose answers a test chooses; each exchange runs on its own virtual thread. */
final class LocalHttpServer implements AutoCloseable {
    /** What the server does with one exchange. */
    interface Answer {
        /**
         * Answers one exchange.
         *
         * @param exchange the exchange
         * @throws Exception when the test's answer fails
         */
        void answer(HttpExchange exchange) throws Exception;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    LocalHttpServer(Answer answer) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                answer.answer(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                throw new IOException(e);
            }
        });
        server.start();
    }

    /** Answers 200 with a short body. */
    static void hello(HttpExchange exchange) throws IOException {
        respond(exchange, 200);
    }

    /** Answers with a status and a short body. */
    static void respond(HttpExchange exchange, int status) throws IOException {
        byte[] body = "Hello, World!".getBytes(StandardCharsets.US_ASCII);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    /** The request the generator should send to this server's root. */
    TargetRequest target() {
        return TargetRequest.get("http://127.0.0.1:" + server.getAddress().getPort() + "/plaintext", List.of());
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
