package dev.peregrine.benchmarks.pipeline;

import dev.peregrine.benchmarks.peers.model.ResourceItem;
import java.util.ArrayList;
import java.util.List;

/**
 * The route table of the benchmark contract, in the order a route list would try it: the four
 * fixed endpoints, the 94 filler routes {@code /api/v1/resource{k}/{id}}, and last the compare
 * route with two fields in one segment. The {@code ?size=64k} listing shares the messages route,
 * so the contract's 100 endpoints are 99 templates, as in the socket benchmark's peers.
 */
public final class BenchmarkRoutes {

    /** How many filler routes {@code /api/v1/resource0/{id}} to {@code /api/v1/resource93/{id}} there are. */
    public static final int FILLER_COUNT = ResourceItem.ROUTE_COUNT;

    /** The first route of the table. */
    public static final String PLAINTEXT = "/plaintext";

    /** The JSON greeting. */
    public static final String JSON = "/json";

    /** The queue listing, about 1 KiB of JSON, or 64 KiB with {@code ?size=64k}. */
    public static final String MESSAGES = "/queues/demo/messages";

    /** The empty 204. */
    public static final String EMPTY = "/queues/demo/empty";

    /** The last route of the table: two path fields in the last segment. */
    public static final String COMPARE = "/repos/{org}/{repo}/compare/{a}...{b}";

    private BenchmarkRoutes() {
    }

    /** The table's templates, first to last. */
    public static List<String> templates() {
        List<String> templates = new ArrayList<>(FILLER_COUNT + 5);
        templates.add(PLAINTEXT);
        templates.add(JSON);
        templates.add(MESSAGES);
        templates.add(EMPTY);
        for (int k = 0; k < FILLER_COUNT; k++) {
            templates.add(fillerTemplate(k));
        }
        templates.add(COMPARE);
        return templates;
    }

    /** The filler route's template for {@code k}. */
    public static String fillerTemplate(int k) {
        return ResourceItem.template(k);
    }
}
