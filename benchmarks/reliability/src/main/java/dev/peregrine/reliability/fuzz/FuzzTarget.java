package dev.peregrine.reliability.fuzz;

import dev.peregrine.App;
import dev.peregrine.Request;
import dev.peregrine.Response;
import dev.peregrine.ResponseMiddleware;
import dev.peregrine.netty.PeregrineServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The server the fuzzer attacks: a Peregrine app that echoes what it was asked, served with small
 * limits and short timeouts so an input that leaves the server waiting resolves in about a second.
 *
 * <p>Every answer from the app is an echo, the line {@code METHOD TARGET BODY-BYTES HEADER-COUNT}:
 * the fuzzer compares it with the request it meant to send, so a request the server found inside
 * another's body (a smuggled request) shows up as a target the fuzzer never asked for. An answer
 * to HEAD carries no body, so a response middleware marks every one (errors included) with
 * {@code X-Echo-Head: 1}, which tells the fuzzer's response reader not to wait for one.
 */
final class FuzzTarget {

    /** The server's header and body read timeouts and its keep-alive idle timeout. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
    static final int MAX_REQUEST_LINE = 1024;
    static final int MAX_HEADER_SIZE = 4 * 1024;
    static final int MAX_BODY_SIZE = 64 * 1024;

    private FuzzTarget() {
    }

    /** The echo app: {@code POST /upload} reads the body as a stream, every other path and method is echoed. */
    static App app() {
        App app = new App();
        app.post("/upload", FuzzTarget::echo);
        app.addSink(FuzzTarget::echo, "/");
        app.addMiddleware((ResponseMiddleware) (req, resp, resource, succeeded) -> {
            if ("HEAD".equals(req.method())) {
                resp.setHeader("X-Echo-Head", "1");
            }
        });
        return app;
    }

    /** The app on a free loopback port with the fuzzer's limits, started. */
    static PeregrineServer start() {
        return start(0);
    }

    /** The app on loopback {@code port} (0 for a free one) with the fuzzer's limits, started. */
    static PeregrineServer start(int port) {
        return PeregrineServer.builder(app())
                .port(port)
                .ioThreads(2)
                .maxRequestLineLength(MAX_REQUEST_LINE)
                .maxHeaderSize(MAX_HEADER_SIZE)
                .maxBodySize(MAX_BODY_SIZE)
                // NOTE: bodies over 4 KiB stream to the responder, so both body paths are fuzzed.
                .bufferedBodyLimit(4 * 1024)
                .maxPipelinedRequests(8)
                .headerReadTimeout(READ_TIMEOUT)
                .bodyReadTimeout(READ_TIMEOUT)
                .idleTimeout(READ_TIMEOUT)
                .writeTimeout(Duration.ofSeconds(5))
                .drainTimeout(Duration.ofSeconds(2))
                .build()
                .start();
    }

    private static void echo(Request req, Response resp) throws IOException {
        long bodyBytes = req.stream().readAllBytes().length;
        int[] headers = {0};
        req.forEachHeader((name, value) -> headers[0]++);
        String echo = req.method() + " " + req.relativeUri() + " " + bodyBytes + " " + headers[0];
        resp.contentType("text/plain").data(echo.getBytes(StandardCharsets.UTF_8));
    }
}
