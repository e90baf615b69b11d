package dev.peregrine.benchmarks.peers.peregrine;

import dev.peregrine.App;
import dev.peregrine.benchmarks.peers.model.Comparison;
import dev.peregrine.benchmarks.peers.model.Greeting;
import dev.peregrine.benchmarks.peers.model.QueueListing;
import dev.peregrine.benchmarks.peers.model.ResourceItem;

/** The peer app's 100 routes on a Peregrine {@link App}, with lambda responders. */
final class PeerApp {

    private PeerApp() {
    }

    /** A new app with the five fixed endpoints, the compare route and the 94 filler routes. */
    static App create() {
        App app = new App();
        app.get("/plaintext", (req, resp) -> resp.text(Greeting.HELLO));
        app.get("/json", (req, resp) -> resp.media(Greeting.hello()));
        app.get("/queues/demo/messages", (req, resp) -> resp.media(QueueListing.forSizeParam(req.param("size"))));
        app.get("/queues/demo/empty", (req, resp) -> resp.status(204));
        app.get("/repos/{org}/{repo}/compare/{a}...{b}", (req, resp) -> {
            var fields = req.pathFields();
            resp.media(new Comparison(fields.get("org"), fields.get("repo"), fields.get("a"), fields.get("b")));
        });
        for (int k = 0; k < ResourceItem.ROUTE_COUNT; k++) {
            int resource = k;
            app.get(ResourceItem.template(k), (req, resp) ->
                    resp.media(new ResourceItem(resource, req.pathFields().get("id"))));
        }
        return app;
    }
}
