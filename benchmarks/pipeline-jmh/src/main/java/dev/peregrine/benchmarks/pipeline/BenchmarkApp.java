package dev.peregrine.benchmarks.pipeline;

import dev.peregrine.App;
import dev.peregrine.PathFields;
import dev.peregrine.benchmarks.peers.model.Comparison;
import dev.peregrine.benchmarks.peers.model.Greeting;
import dev.peregrine.benchmarks.peers.model.QueueListing;
import dev.peregrine.benchmarks.peers.model.ResourceItem;

/**
 * The benchmark contract's app on Peregrine, with lambda responders, as the socket benchmark's
 * Peregrine peer serves it: each JSON body is built and serialized per request.
 */
public final class BenchmarkApp {

    private BenchmarkApp() {
    }

    /** A new app holding every route of {@link BenchmarkRoutes}. */
    public static App create() {
        App app = new App();
        app.get(BenchmarkRoutes.PLAINTEXT, (req, resp) -> resp.text(Greeting.HELLO));
        app.get(BenchmarkRoutes.JSON, (req, resp) -> resp.media(Greeting.hello()));
        app.get(BenchmarkRoutes.MESSAGES, (req, resp) -> resp.media(QueueListing.forSizeParam(req.param("size"))));
        app.get(BenchmarkRoutes.EMPTY, (req, resp) -> resp.status(204));
        for (int k = 0; k < BenchmarkRoutes.FILLER_COUNT; k++) {
            int resource = k;
            app.get(BenchmarkRoutes.fillerTemplate(k), (req, resp) ->
                    resp.media(new ResourceItem(resource, req.pathFields().get("id"))));
        }
        app.get(BenchmarkRoutes.COMPARE, (req, resp) -> {
            PathFields fields = req.pathFields();
            resp.media(new Comparison(fields.get("org"), fields.get("repo"), fields.get("a"), fields.get("b")));
        });
        return app;
    }
}
