package dev.peregrine.benchmarks.peers.model;

/**
 * The body of {@code GET /api/v1/resource{k}/{id}}, one of the filler routes that bring each
 * peer's table to {@value #ROUTE_COUNT} routes.
 *
 * @param resource which of the filler routes answered ({@code k})
 * @param id       the {@code id} path field
 */
public record ResourceItem(int resource, String id) {

    /** Filler routes {@code /api/v1/resource0/{id}} to {@code /api/v1/resource93/{id}}. */
    public static final int ROUTE_COUNT = 94;

    /** The filler route's template for {@code k}, in the {@code {id}} syntax. */
    public static String template(int k) {
        return "/api/v1/resource" + k + "/{id}";
    }
}
