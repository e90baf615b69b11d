package dev.peregrine.benchmarks.peers.peregrine;

import dev.peregrine.App;
import dev.peregrine.benchmarks.peers.model.PeerPort;
import dev.peregrine.netty.Dispatch;
import dev.peregrine.metrics.PeregrineMetrics;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.netty.ServerBuilder;
import dev.peregrine.netty.config.Configuration;
import java.util.Locale;

/**
 * The Peregrine peer: {@link PeerApp} on {@link PeregrineServer}, in the dispatch mode named by the
 * second argument ({@code VIRTUAL_THREADS}, {@code INLINE} or {@code POOL}), so one jar serves the
 * {@code peregrine-vt}, {@code peregrine-inline} and {@code peregrine-pool} peers. A third argument,
 * {@code metrics}, switches Prometheus metrics on (scraped at {@code /metrics}), to measure their
 * cost per request against the same peer without them.
 *
 * <p>Every other server setting comes from {@code PEREGRINE_} environment variables
 * ({@link Configuration#fromEnvironment()}), so a tuning variant is an environment variable, not
 * another build: {@code PEREGRINE_BACKLOG=128}, {@code PEREGRINE_IO_THREADS=2}. A configured
 * {@code PEREGRINE_DISPATCH} wins over the argument, and the startup log names it.
 */
public final class PeregrinePeer {

    private PeregrinePeer() {
    }

    /** Serves the peer endpoints on 127.0.0.1; arguments: PORT, the dispatch mode, and optionally {@code metrics}. */
    public static void main(String[] args) {
        int port = PeerPort.fromArgs(args, "peregrine peer");
        Dispatch dispatch = args.length > 1 ? parseDispatch(args[1]) : Dispatch.VIRTUAL_THREADS;
        boolean withMetrics = args.length > 2 && parseMetrics(args[2]);
        App app = PeerApp.create();
        PeregrineMetrics metrics = withMetrics ? PeregrineMetrics.create() : null;
        if (metrics != null) {
            app.get("/metrics", metrics.scrapeResponder());
        }
        ServerBuilder builder = PeregrineServer.builder(app)
                .host(PeerPort.HOST)
                .port(port)
                .dispatch(dispatch)
                .configuration(Configuration.fromEnvironment());
        if (metrics != null) {
            builder.observer(metrics);
        }
        PeregrineServer server = builder.build();
        if (metrics != null) {
            metrics.bind(server);
        }
        server.stopOnTermination().start();
    }

    private static boolean parseMetrics(String text) {
        if (!text.equals("metrics")) {
            throw new IllegalArgumentException("The third argument, when given, must be 'metrics'; got '" + text + "'");
        }
        return true;
    }

    private static Dispatch parseDispatch(String text) {
        try {
            return Dispatch.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The dispatch mode must be VIRTUAL_THREADS, INLINE or POOL; got '" + text + "'");
        }
    }
}
