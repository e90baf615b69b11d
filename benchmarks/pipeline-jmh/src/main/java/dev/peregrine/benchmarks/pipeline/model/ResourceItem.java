package dev.peregrine.benchmarks.pipeline.model;

/**
 * The body of {@code GET /api/v1/resource{k}/{id}}, one of the filler routes that bring the
 * table to 100 routes.
 *
 * @param resource which of the filler routes answered ({@code k})
 * @param id       the {@code id} path field
 */
public record ResourceItem(int resource, String id) {
}
