package dev.peregrine.benchmarks.peers.peregrine;

import dev.peregrine.App;
import dev.peregrine.benchmarks.peers.model.PeerPort;
import dev.peregrine.metrics.ConfiguredMetrics;
import dev.peregrine.netty.Dispatch;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.netty.ServerBuilder;
import dev.peregrine.netty.config.Configuration;
import java.util.Locale;
import java.util.Optional;

/**
 * The Peregrine peer: {@link PeerApp} on {@link PeregrineServer}, in the dispatch mode named by the
 * second argument ({@code VIRTUAL_THREADS}, {@code INLINE} or {@code POOL}), so one jar serves the
 * {@code peregrine-vt}, {@code peregrine-inline} and {@code peregrine-pool} peers.
 *
 * <p>Every other server setting comes from {@code PEREGRINE_} environment variables
 * ({@link Configuration#fromEnvironment()}), so a tuning variant is an environment variable, not
 * another build: {@code PEREGRINE_BACKLOG=128}, {@code PEREGRINE_IO_THREADS=2}, an access log
 * ({@code PEREGRINE_ACCESS_LOG=file:/tmp/access.log}) or metrics
 * ({@code PEREGRINE_METRICS_PATH=/metrics}). A configured {@code PEREGRINE_DISPATCH} wins over
 * the argument, and the startup log names it.
 */
public final class PeregrinePeer {

    private PeregrinePeer() {
    }

    /** Serves the peer endpoints on 127.0.0.1; arguments: PORT and the dispatch mode. */
    public static void main(String[] args) {
        int port = PeerPort.fromArgs(args, "peregrine peer");
        Dispatch dispatch = args.length > 1 ? parseDispatch(args[1]) : Dispatch.VIRTUAL_THREADS;
        App app = PeerApp.create();
        Configuration configuration = Configuration.fromEnvironment();
        ServerBuilder builder = PeregrineServer.builder(app)
                .host(PeerPort.HOST)
                .port(port)
                .dispatch(dispatch)
                .configuration(configuration);
        Optional<ConfiguredMetrics> metrics = ConfiguredMetrics.install(configuration, app, builder);
        PeregrineServer server = builder.build();
        metrics.ifPresent(m -> m.start(server));
        server.stopOnTermination().start();
    }

    private static Dispatch parseDispatch(String text) {
        try {
            return Dispatch.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The dispatch mode must be VIRTUAL_THREADS, INLINE or POOL; got '" + text + "'");
        }
    }
}
