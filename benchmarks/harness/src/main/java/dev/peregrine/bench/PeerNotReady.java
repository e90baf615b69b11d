package dev.peregrine.bench;

import java.io.Serial;

/** A peer that did not start, or answered wrongly, so it cannot be measured; the message says which and why. */
public final class PeerNotReady extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    /**
     * Records why a peer cannot be measured.
     *
     * @param reason for example {@code did not start: ... (see logs/x.log)}
     */
    public PeerNotReady(String reason) {
        super(reason);
    }
}
