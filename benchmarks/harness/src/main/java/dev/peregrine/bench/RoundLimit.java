package dev.peregrine.bench;

/**
 * What held a round back, judged from both cores' busy fractions over wrk's window. One wrk thread
 * on this kind of machine saturates its core at about raw Netty's small-response rate, so a round in
 * which wrk's core was nearly full measured wrk as much as the server.
 */
public enum RoundLimit {
    /** The server's core was busy: the round measured the server. */
    SERVER("server-bound"),
    /** wrk's core was saturated: the server might have gone faster with a faster load generator. */
    CLIENT("client-bound"),
    /**
     * Neither core was busy: the server neither worked flat out nor lacked load, so it was waiting on
     * something (a lock, a timer, its own single thread blocking).
     */
    STALLED("stalled");

    /** The generator's core at or above this busy fraction is saturated. */
    public static final double GENERATOR_SATURATED = 0.95;
    /** The server's core at or above this busy fraction was working flat out. */
    public static final double SERVER_BUSY = 0.90;

    private final String label;

    RoundLimit(String label) {
        this.label = label;
    }

    /**
     * Judges a round. A saturated generator wins over an idle server: wrk's core was then the limit,
     * whatever the server did with its spare time.
     *
     * @param generatorCoreBusy busy fraction of wrk's core over the window
     * @param serverCoreBusy    busy fraction of the server's core over the window
     * @return {@link #CLIENT} when wrk's core is at least 95% busy, else {@link #SERVER} when the
     *         server's is at least 90% busy, else {@link #STALLED}
     */
    public static RoundLimit of(double generatorCoreBusy, double serverCoreBusy) {
        if (generatorCoreBusy >= GENERATOR_SATURATED) {
            return CLIENT;
        }
        return serverCoreBusy >= SERVER_BUSY ? SERVER : STALLED;
    }

    /** Returns the mark reports print, for example {@code client-bound}. */
    public String label() {
        return label;
    }
}
