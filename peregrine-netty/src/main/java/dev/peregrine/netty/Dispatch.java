package dev.peregrine.netty;

/**
 * Where responders run.
 *
 * <p>Whatever the mode, a connection's pipelined requests are served one after another, in the
 * order received, and responses are written without flushing and flushed once per batch, when the
 * connection has nothing more ready to answer. Bodies up to {@link ServerSettings#bufferedBodyLimit()}
 * are received on the event loop before the responder runs, so a slow client holds no thread.
 */
public enum Dispatch {

    /**
     * On virtual threads (the default): blocking responders are safe. A connection's ready
     * requests are handed over together, to one virtual thread, so pipelining costs one hand-off
     * per batch. Beyond {@link ServerSettings#maxConcurrentRequests()} requests in flight the
     * server answers 503 with {@code Retry-After} instead of piling them up.
     */
    VIRTUAL_THREADS,

    /**
     * On the I/O event loop itself: the fastest, for responders that never block. A request with a
     * body runs inline once the whole body has arrived, if it fits in
     * {@link ServerSettings#bufferedBodyLimit()}; a larger body, or one the client sends only after
     * {@code 100 Continue}, is handed to a virtual thread so the event loop never waits for bytes.
     * Streamed responses are pumped from a virtual thread too, since reading a stream may block.
     */
    INLINE,

    /**
     * On a bounded pool of {@link ServerSettings#poolThreads()} platform threads, for blocking code
     * that misbehaves on virtual threads (long native calls, pinning). Requests beyond
     * {@link ServerSettings#maxConcurrentRequests()} get 503 with {@code Retry-After}.
     */
    POOL
}
