package dev.peregrine.benchmarks.peers.helidon;

import dev.peregrine.benchmarks.peers.model.Comparison;
import dev.peregrine.benchmarks.peers.model.Greeting;
import dev.peregrine.benchmarks.peers.model.PeerPort;
import dev.peregrine.benchmarks.peers.model.QueueListing;
import dev.peregrine.benchmarks.peers.model.ResourceItem;
import io.helidon.http.HttpMediaTypes;
import io.helidon.http.Status;
import io.helidon.webserver.WebServer;
import io.helidon.webserver.http.HttpRouting;

/**
 * The Helidon SE peer: {@link WebServer} (a virtual thread per request) with an
 * {@link HttpRouting} of the 100 peer routes, JSON through Helidon's Jackson media support.
 *
 * <p>NOTE: Helidon leaves TCP_NODELAY off by default; under pipelining its small writes then wait
 * for delayed ACKs, so the peer turns it on, as any latency-minded deployment would.
 */
public final class HelidonPeer {

    private HelidonPeer() {
    }

    /** Serves the peer endpoints on 127.0.0.1 at the port given as the only argument, until killed. */
    public static void main(String[] args) {
        int port = PeerPort.fromArgs(args, "helidon peer");
        WebServer server = WebServer.builder()
                .host(PeerPort.HOST)
                .port(port)
                .connectionOptions(options -> options.tcpNoDelay(true))
                .routing(HelidonPeer::routes)
                .build()
                .start();
        System.err.println("helidon peer listening on http://" + PeerPort.HOST + ":" + server.port() + "/");
    }

    private static void routes(HttpRouting.Builder routing) {
        routing.get("/plaintext", (req, res) -> {
            res.headers().contentType(HttpMediaTypes.PLAINTEXT_UTF_8);
            res.send(Greeting.HELLO);
        });
        routing.get("/json", (req, res) -> res.send(Greeting.hello()));
        routing.get("/queues/demo/messages", (req, res) ->
                res.send(QueueListing.forSizeParam(req.query().first("size").orElse(null))));
        routing.get("/queues/demo/empty", (req, res) -> res.status(Status.NO_CONTENT_204).send());
        routing.get("/repos/{org}/{repo}/compare/{a}...{b}", (req, res) -> {
            var fields = req.path().pathParameters();
            res.send(new Comparison(fields.get("org"), fields.get("repo"), fields.get("a"), fields.get("b")));
        });
        for (int k = 0; k < ResourceItem.ROUTE_COUNT; k++) {
            int resource = k;
            routing.get(ResourceItem.template(k), (req, res) ->
                    res.send(new ResourceItem(resource, req.path().pathParameters().get("id"))));
        }
    }
}
