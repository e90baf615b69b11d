package dev.peregrine.bench;

/**
 * One cell of the benchmark: an endpoint under a load shape, measured for every peer.
 *
 * @param endpoint the endpoint requested
 * @param shape    how the load is applied
 */
public record Scenario(Endpoint endpoint, LoadShape shape) {
    /** Returns a label for reports, for example {@code queue-1k, keep-alive c64}. */
    public String label() {
        return endpoint.label() + ", " + shape.label();
    }
}
