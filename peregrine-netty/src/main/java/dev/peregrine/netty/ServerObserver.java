package dev.peregrine.netty;

/**
 * Hears what a server does, for access logs and metrics: connections opening and closing, bytes
 * crossing the sockets, and each answered request. Add one with
 * {@link ServerBuilder#observer(ServerObserver)}; a server without observers makes none of these
 * calls and measures nothing for them.
 *
 * <p>Calls come from event-loop threads and from the threads responders run on, concurrently, so
 * an observer is thread-safe and quick: it never blocks (an access log that writes to disk hands
 * the line to a thread of its own) and never throws (what it throws is logged and dropped).
 *
 * <p>An observer that is {@link AutoCloseable} is closed once the server has stopped, after the
 * last request was answered, so it can write out what it holds.
 */
public interface ServerObserver {

    /** A connection was accepted (and kept: connections closed at once by a limit are not counted). */
    default void connectionOpened() {
    }

    /** A connection that {@link #connectionOpened()} counted has closed. */
    default void connectionClosed() {
    }

    /** {@code bytes} arrived on a connection, framing and headers included. */
    default void bytesRead(long bytes) {
    }

    /** {@code bytes} were handed to a connection's socket, framing and headers included. */
    default void bytesWritten(long bytes) {
    }

    /**
     * A request was answered: its response's last byte was handed to the connection. Requests cut
     * off by a closing connection before their answer was written are not reported.
     */
    default void requestCompleted(CompletedExchange exchange) {
    }

    /** The server began to stop: from now on its readiness is false. */
    default void stopping() {
    }
}
