package dev.peregrine.bench;

/**
 * Decides whether a round measured the load generator rather than the server. One wrk thread on
 * this kind of machine saturates its core at about raw Netty's small-response rate, so a round in
 * which wrk's core was nearly full, or the server's core had idle time, says little about the server.
 */
public final class ClientBoundRule {
    /** The generator's core at or above this busy fraction is saturated. */
    public static final double GENERATOR_SATURATED = 0.95;
    /** The server's core below this busy fraction was waiting for work. */
    public static final double SERVER_STARVED = 0.90;

    private ClientBoundRule() {
    }

    /**
     * Returns whether a round is client-bound.
     *
     * @param generatorCoreBusy busy fraction of wrk's core over the window
     * @param serverCoreBusy    busy fraction of the server's core over the window
     * @return true when the generator's core is at least 95% busy or the server's below 90%
     */
    public static boolean isClientBound(double generatorCoreBusy, double serverCoreBusy) {
        return generatorCoreBusy >= GENERATOR_SATURATED || serverCoreBusy < SERVER_STARVED;
    }
}
