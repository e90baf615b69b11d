package dev.peregrine.netty;

import java.time.Duration;

/**
 * A server's settings, as built by {@link ServerBuilder}; every size is in bytes.
 *
 * @param host the address to bind, for example {@code 127.0.0.1} or {@code 0.0.0.0}
 * @param port the port to bind; 0 picks a free one ({@link PeregrineServer#port()} tells which)
 * @param ioThreads event-loop threads that read and write sockets
 * @param backlog connections the kernel queues before they are accepted
 * @param nativeTransport whether to use epoll on Linux when available (NIO otherwise)
 * @param dispatch where responders run
 * @param maxConcurrentRequests requests in flight (running or queued) beyond which the answer is
 *     503 with {@code Retry-After}; applies to {@link Dispatch#VIRTUAL_THREADS} and {@link Dispatch#POOL}
 * @param poolThreads platform threads of {@link Dispatch#POOL}
 * @param inlineBodyLimit in {@link Dispatch#INLINE}, the largest body gathered before running inline
 * @param maxRequestLineLength longest request line (method, target, version); longer is 414
 * @param maxHeaderSize largest header section; larger is 431
 * @param maxBodySize largest request body; larger is 413, refused before reading when
 *     Content-Length says so, or when a chunked body grows past it
 * @param headerReadTimeout time allowed from the first byte of a request to the end of its
 *     headers (and for a new connection's first request); slower clients get 408 and are closed
 * @param idleTimeout how long a keep-alive connection may wait for its next request
 * @param maxConnections open connections beyond which new ones wait in the backlog
 * @param drainTimeout on stop, how long in-flight requests may take to finish
 */
public record ServerSettings(
        String host,
        int port,
        int ioThreads,
        int backlog,
        boolean nativeTransport,
        Dispatch dispatch,
        int maxConcurrentRequests,
        int poolThreads,
        int inlineBodyLimit,
        int maxRequestLineLength,
        int maxHeaderSize,
        long maxBodySize,
        Duration headerReadTimeout,
        Duration idleTimeout,
        int maxConnections,
        Duration drainTimeout) {

    /** One line for the startup log: dispatch mode and limits. */
    public String describeLimits() {
        return "dispatch " + dispatch
                + (dispatch == Dispatch.POOL ? " (" + poolThreads + " threads)" : "")
                + (dispatch == Dispatch.INLINE ? " (bodies up to " + inlineBodyLimit + " B inline)"
                        : ", at most " + maxConcurrentRequests + " requests in flight")
                + "; request line " + maxRequestLineLength + " B, headers " + maxHeaderSize
                + " B, body " + maxBodySize + " B, header timeout " + headerReadTimeout.toMillis()
                + " ms, idle timeout " + idleTimeout.toMillis() + " ms, " + maxConnections
                + " connections, drain " + drainTimeout.toMillis() + " ms";
    }
}
