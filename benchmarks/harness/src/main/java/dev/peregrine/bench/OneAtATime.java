package dev.peregrine.bench;

import java.util.List;
import java.util.Map;

/**
 * Only the peer being measured is up: each session starts the peer, checks it, hands it over and
 * stops it, so the session's warm-up always meets a cold JVM.
 *
 * @param <S> the running server
 */
public final class OneAtATime<S> implements PeerLifecycle<S> {
    private final PeerLauncher<S> launcher;
    private S current;

    /**
     * Prepares the lifecycle.
     *
     * @param launcher starts, checks and stops the peers
     */
    public OneAtATime(PeerLauncher<S> launcher) {
        this.launcher = launcher;
    }

    /** Starts nothing: every session starts its own peer. */
    @Override
    public Map<String, String> begin(List<String> peers) {
        return Map.of();
    }

    @Override
    public <R> R serve(String peer, Session<S, R> session) throws PeerNotReady {
        S server = launcher.start(peer);
        synchronized (this) {
            current = server;
        }
        try {
            return session.run(server, true);
        } finally {
            close();
        }
    }

    @Override
    public String label() {
        return RunOrder.ONE_AT_A_TIME;
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            launcher.stop(current);
            current = null;
        }
    }
}
