package dev.peregrine.benchmarks.peers.javalin;

import dev.peregrine.benchmarks.peers.model.Comparison;
import dev.peregrine.benchmarks.peers.model.Greeting;
import dev.peregrine.benchmarks.peers.model.PeerPort;
import dev.peregrine.benchmarks.peers.model.QueueListing;
import dev.peregrine.benchmarks.peers.model.ResourceItem;
import io.javalin.Javalin;

/**
 * The Javalin peer: the 100 peer routes declared up front in Javalin 7's config block, JSON
 * through Javalin's default Jackson mapper, Jetty's default thread pool underneath.
 */
public final class JavalinPeer {

    private JavalinPeer() {
    }

    /** Serves the peer endpoints on 127.0.0.1 at the port given as the only argument, until killed. */
    public static void main(String[] args) {
        int port = PeerPort.fromArgs(args, "javalin peer");
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = PeerPort.HOST;
            config.jetty.port = port;
            config.routes.get("/plaintext", ctx -> ctx.contentType("text/plain; charset=utf-8").result(Greeting.HELLO));
            config.routes.get("/json", ctx -> ctx.json(Greeting.hello()));
            config.routes.get("/queues/demo/messages", ctx -> ctx.json(QueueListing.forSizeParam(ctx.queryParam("size"))));
            config.routes.get("/queues/demo/empty", ctx -> ctx.status(204));
            config.routes.get("/repos/{org}/{repo}/compare/{a}...{b}", ctx -> ctx.json(new Comparison(
                    ctx.pathParam("org"), ctx.pathParam("repo"), ctx.pathParam("a"), ctx.pathParam("b"))));
            for (int k = 0; k < ResourceItem.ROUTE_COUNT; k++) {
                int resource = k;
                config.routes.get(ResourceItem.template(k), ctx -> ctx.json(new ResourceItem(resource, ctx.pathParam("id"))));
            }
        }).start();
    }
}
