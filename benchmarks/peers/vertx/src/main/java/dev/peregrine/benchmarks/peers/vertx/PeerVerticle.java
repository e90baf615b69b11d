package dev.peregrine.benchmarks.peers.vertx;

import dev.peregrine.benchmarks.peers.model.Comparison;
import dev.peregrine.benchmarks.peers.model.Greeting;
import dev.peregrine.benchmarks.peers.model.PeerPort;
import dev.peregrine.benchmarks.peers.model.QueueListing;
import dev.peregrine.benchmarks.peers.model.ResourceItem;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * One event loop's HTTP server and its {@link Router} of the 100 peer routes.
 *
 * <p>NOTE: vertx-web path parameters span whole segments, so the compare route is
 * {@code /repos/:org/:repo/compare/:spec} and the handler splits {@code spec} on its first
 * {@code ...} ({@link Comparison#ofSpec}).
 */
final class PeerVerticle extends VerticleBase {

    private final int port;

    PeerVerticle(int port) {
        this.port = port;
    }

    @Override
    public Future<HttpServer> start() {
        Router router = Router.router(vertx);
        router.get("/plaintext").handler(ctx -> ctx.response()
                .putHeader("Content-Type", "text/plain; charset=utf-8")
                .end(Greeting.HELLO));
        router.get("/json").handler(ctx -> ctx.json(Greeting.hello()));
        router.get("/queues/demo/messages").handler(ctx ->
                ctx.json(QueueListing.forSizeParam(ctx.request().getParam("size"))));
        router.get("/queues/demo/empty").handler(ctx -> ctx.response().setStatusCode(204).end());
        router.get("/repos/:org/:repo/compare/:spec").handler(PeerVerticle::compare);
        for (int k = 0; k < ResourceItem.ROUTE_COUNT; k++) {
            int resource = k;
            router.get("/api/v1/resource" + k + "/:id").handler(ctx ->
                    ctx.json(new ResourceItem(resource, ctx.pathParam("id"))));
        }
        return vertx.createHttpServer().requestHandler(router).listen(port, PeerPort.HOST);
    }

    private static void compare(RoutingContext ctx) {
        Comparison comparison = Comparison.ofSpec(ctx.pathParam("org"), ctx.pathParam("repo"), ctx.pathParam("spec"));
        if (comparison == null) {
            ctx.next();
        } else {
            ctx.json(comparison);
        }
    }
}
