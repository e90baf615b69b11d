package dev.peregrine.benchmarks.peers.vertx;

import dev.peregrine.benchmarks.peers.model.PeerPort;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;

/**
 * The Vert.x-web peer: one {@link PeerVerticle} instance per available processor, all listening on
 * the same port (Vert.x spreads connections across them), on the native epoll transport.
 */
public final class VertxPeer {

    private VertxPeer() {
    }

    /** Serves the peer endpoints on 127.0.0.1 at the port given as the only argument, until killed. */
    public static void main(String[] args) {
        int port = PeerPort.fromArgs(args, "vertx peer");
        int instances = Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
        vertx.deployVerticle(() -> new PeerVerticle(port), new DeploymentOptions().setInstances(instances))
                .onSuccess(id -> System.err.println("vertx peer listening on http://" + PeerPort.HOST + ":" + port
                        + "/ (" + instances + " verticles, native transport " + vertx.isNativeTransportEnabled() + ")"))
                .onFailure(failure -> {
                    System.err.println("vertx peer failed to start: " + failure);
                    System.exit(1);
                });
    }
}
