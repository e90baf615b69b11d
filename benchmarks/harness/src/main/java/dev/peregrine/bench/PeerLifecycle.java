package dev.peregrine.bench;

import java.util.List;
import java.util.Map;

/**
 * How the peers are up while one of them is measured: {@link OneAtATime} starts each peer for
 * each measurement and stops it afterwards, so no idle peer's background work (its GC, timers,
 * JIT compiler) shares the server's core; {@link AllPeersUp} starts them all before the first
 * measurement and stops them after the last, as the harness did before.
 *
 * @param <S> the running server
 */
public sealed interface PeerLifecycle<S> extends AutoCloseable permits OneAtATime, AllPeersUp {

    /**
     * Work done against one peer's server.
     *
     * @param <S> the running server
     * @param <R> what the work gives back
     */
    @FunctionalInterface
    interface Session<S, R> {
        /**
         * Does the work.
         *
         * @param server the peer's running server
         * @param fresh  whether the server was started for this session, so its JIT is cold
         * @return the work's result
         */
        R run(S server, boolean fresh);
    }

    /**
     * Prepares the peers before the first session.
     *
     * @param peers the peers' names
     * @return the peers that did not start or answered wrongly, with why; they are not up
     */
    Map<String, String> begin(List<String> peers);

    /**
     * Runs a session against a peer's server, starting the server for it when this lifecycle does.
     *
     * @param peer    the peer's name
     * @param session the work
     * @param <R>     what the work gives back
     * @return the session's result
     * @throws PeerNotReady when the peer had to be started and did not start or answered wrongly
     */
    <R> R serve(String peer, Session<S, R> session) throws PeerNotReady;

    /** Names the lifecycle in progress lines and {@code results.json}: {@code one-at-a-time} or {@code all-up}. */
    String label();

    /** Stops every server still up; safe to call from a shutdown hook while a session runs. */
    @Override
    void close();
}
