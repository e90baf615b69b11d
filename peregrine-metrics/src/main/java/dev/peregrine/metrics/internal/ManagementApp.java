package dev.peregrine.metrics.internal;

import dev.peregrine.App;
import dev.peregrine.Responder;
import dev.peregrine.Response;
import dev.peregrine.netty.PeregrineServer;
import java.nio.charset.StandardCharsets;

/**
 * The app of a management server: the scrape at {@code /metrics} and the served server's
 * liveness and readiness at {@code /health/live} and {@code /health/ready}, answered as the
 * server's own probes are ({@code {"status":"UP"}}, or 503 {@code {"status":"DRAINING"}} once its
 * stop began).
 */
public final class ManagementApp {

    /** The scrape's path. */
    public static final String METRICS = "/metrics";
    /** The liveness probe's path. */
    public static final String LIVE = "/health/live";
    /** The readiness probe's path. */
    public static final String READY = "/health/ready";

    private static final byte[] UP = "{\"status\":\"UP\"}".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DRAINING = "{\"status\":\"DRAINING\"}".getBytes(StandardCharsets.US_ASCII);

    private ManagementApp() {
    }

    /** The app: {@code scrape} at {@link #METRICS}, and the probes of {@code served}. */
    public static App create(Responder scrape, PeregrineServer served) {
        App app = new App();
        app.get(METRICS, scrape);
        app.get(LIVE, (req, resp) -> probe(resp, true));
        app.get(READY, (req, resp) -> probe(resp, served.ready()));
        return app;
    }

    private static void probe(Response resp, boolean up) {
        resp.status(up ? 200 : 503);
        resp.contentType("application/json");
        resp.cacheControl("no-store");
        resp.data(up ? UP : DRAINING);
    }
}
