package dev.peregrine.bench;

/**
 * Starts a peer's server and checks it is ready to be measured, and stops it again. The run's
 * launcher starts the peer's {@code start} script and checks its answers; tests pass their own.
 *
 * @param <S> the running server
 */
public interface PeerLauncher<S> {

    /**
     * Starts the peer and waits until it answers, and answers right.
     *
     * @param peer the peer's name
     * @return the running, checked server
     * @throws PeerNotReady when it did not start or answered wrongly; the launcher has stopped it
     */
    S start(String peer) throws PeerNotReady;

    /**
     * Stops the server and everything it started.
     *
     * @param server a server {@link #start} returned
     */
    void stop(S server);
}
