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

    /**
     * Returns the scenario's name on the command line: the endpoint's label and the shape's, with
     * colons for the spaces, for example {@code json:keep-alive:c64} or {@code plaintext:pipelined16:c64}.
     */
    public String key() {
        return endpoint.label() + ":" + shape.label().replace(' ', ':');
    }

    /**
     * Reads a scenario from its {@link #key()}.
     *
     * @param key for example {@code json:close:c64}
     * @return the scenario
     * @throws IllegalArgumentException naming the key and the form it must take
     */
    public static Scenario parse(String key) {
        int colon = key.indexOf(':');
        try {
            if (colon < 0) {
                throw new IllegalArgumentException("it has no load shape");
            }
            return new Scenario(Endpoint.byLabel(key.substring(0, colon)),
                    LoadShape.fromLabel(key.substring(colon + 1).replace(':', ' ')));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown scenario '" + key + "' (" + e.getMessage() + "); name one as"
                    + " ENDPOINT:SHAPE:cCONNECTIONS, where SHAPE is keep-alive, close or pipelinedDEPTH, for example"
                    + " json:keep-alive:c64, json:close:c64 or plaintext:pipelined16:c64.");
        }
    }
}
