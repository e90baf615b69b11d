package dev.peregrine.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every peer is up for the whole run, idle while the others are measured: the harness's earlier
 * way, kept to show whether idle peers' background work moves the numbers.
 *
 * @param <S> the running server
 */
public final class AllPeersUp<S> implements PeerLifecycle<S> {
    private final PeerLauncher<S> launcher;
    private final Map<String, S> running = new HashMap<>();
    private final List<S> started = new ArrayList<>();

    /**
     * Prepares the lifecycle.
     *
     * @param launcher starts, checks and stops the peers
     */
    public AllPeersUp(PeerLauncher<S> launcher) {
        this.launcher = launcher;
    }

    /** Starts and checks every peer in turn and leaves the good ones up. */
    @Override
    public Map<String, String> begin(List<String> peers) {
        Map<String, String> failed = new LinkedHashMap<>();
        for (String peer : peers) {
            try {
                S server = launcher.start(peer);
                synchronized (this) {
                    running.put(peer, server);
                    started.add(server);
                }
            } catch (PeerNotReady e) {
                failed.put(peer, e.getMessage());
            }
        }
        return failed;
    }

    /** Hands over the peer's server started by {@link #begin}, never fresh. */
    @Override
    public <R> R serve(String peer, Session<S, R> session) throws PeerNotReady {
        S server;
        synchronized (this) {
            server = running.get(peer);
        }
        if (server == null) {
            throw new PeerNotReady("not up: it was not among the peers started at the beginning");
        }
        return session.run(server, false);
    }

    @Override
    public String label() {
        return "all-up";
    }

    @Override
    public synchronized void close() {
        started.forEach(launcher::stop);
        started.clear();
        running.clear();
    }
}
