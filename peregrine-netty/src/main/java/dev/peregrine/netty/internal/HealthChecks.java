package dev.peregrine.netty.internal;

import dev.peregrine.App;
import dev.peregrine.errors.HttpMethodNotAllowed;
import dev.peregrine.spi.HttpExchange;
import dev.peregrine.spi.RenderedResponse;
import dev.peregrine.spi.ResponseBody;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The liveness and readiness probes the server answers itself, without the app: liveness is up
 * while the process serves, readiness is up until a stop begins. Present only when the server
 * was built with health checks.
 *
 * <p>PERF: every answer but the 405 is rendered once, here; a probe costs a path comparison and
 * the write.
 */
final class HealthChecks {

    private static final List<String> ALLOWED = List.of("GET", "HEAD");

    private final App app;
    private final String livenessPath;
    private final String readinessPath;
    private final Answers live;
    private final Answers ready;
    private final Answers draining;

    /** The answers of {@code get} and {@code head} requests to one probe in one state. */
    private record Answers(RenderedResponse get, RenderedResponse head) {

        static Answers of(int status, String json, String route) {
            byte[] body = json.getBytes(StandardCharsets.US_ASCII);
            return new Answers(response(status, body, new ResponseBody.Bytes(body), route),
                    response(status, body, new ResponseBody.None(), route));
        }

        private static RenderedResponse response(int status, byte[] body, ResponseBody sent, String route) {
            String[] names = {"Content-Type", "Content-Length", "Cache-Control"};
            String[] values = {"application/json", Integer.toString(body.length), "no-store"};
            return new RenderedResponse(status, names, values, names.length, sent, false, route);
        }

        RenderedResponse to(String method) {
            return method.equals("HEAD") ? head : get;
        }
    }

    HealthChecks(App app, String livenessPath, String readinessPath) {
        this.app = app;
        this.livenessPath = livenessPath;
        this.readinessPath = readinessPath;
        this.live = Answers.of(200, "{\"status\":\"UP\"}", livenessPath);
        this.ready = Answers.of(200, "{\"status\":\"UP\"}", readinessPath);
        this.draining = Answers.of(503, "{\"status\":\"DRAINING\"}", readinessPath);
    }

    /** Whether {@code target} (path and query) names one of the probes. */
    boolean isProbe(String target) {
        return names(target, livenessPath) || names(target, readinessPath);
    }

    /** The answer to a probe {@link #isProbe} accepted; {@code ready} is the server's readiness. */
    RenderedResponse answer(HttpExchange exchange, boolean ready) {
        String method = exchange.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return app.renderError(exchange, new HttpMethodNotAllowed(ALLOWED));
        }
        if (names(exchange.target(), livenessPath)) {
            return live.to(method);
        }
        return (ready ? this.ready : draining).to(method);
    }

    /** Whether {@code target}'s path is {@code path}, whatever query follows. */
    private static boolean names(String target, String path) {
        return target.startsWith(path) && (target.length() == path.length() || target.charAt(path.length()) == '?');
    }
}
