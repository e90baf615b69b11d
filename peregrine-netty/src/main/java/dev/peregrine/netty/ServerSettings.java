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
 * @param maxConcurrentRequests requests being worked on (running or queued for a thread) beyond
 *     which the answer is 503 with {@code Retry-After}; a request whose responder waits for body
 *     bytes does not count while it waits. Applies to {@link Dispatch#VIRTUAL_THREADS} and
 *     {@link Dispatch#POOL}
 * @param poolThreads platform threads of {@link Dispatch#POOL}
 * @param bufferedBodyLimit the largest request body received whole on the event loop before its
 *     responder runs, in every dispatch mode, so that no thread or request slot waits for it;
 *     larger bodies stream to the responder as they arrive
 * @param maxRequestLineLength longest request line (method, target, version); longer is 414
 * @param maxHeaderSize largest header section; larger is 431
 * @param maxBodySize largest request body; larger is 413, refused before reading when
 *     Content-Length says so, or when a chunked body grows past it
 * @param maxPipelinedRequests requests of one connection read and waiting to be answered beyond
 *     which the server stops reading that connection until it has answered some
 * @param outboundBufferLimit bytes of responses written but not yet taken by the client beyond
 *     which the server stops answering (and reading) that connection; it goes on below half of it
 * @param headerReadTimeout time allowed from the first byte of a request to the end of its
 *     headers (and for a new connection's first request); slower clients get 408 and are closed
 * @param bodyReadTimeout longest wait for the next bytes of a request body (counted while the
 *     server is reading it); a client that falls silent mid-body gets 408 and is closed
 * @param minBodyRate the slowest average rate, in bytes per second, at which a request body may
 *     arrive once {@code bodyRateGrace} has passed; slower clients get 408 and are closed (0 turns
 *     the check off)
 * @param bodyRateGrace how long a body may arrive slower than {@code minBodyRate} at first
 * @param writeTimeout longest time a connection with a response to deliver may go without the
 *     client taking any of it; then the connection is closed
 * @param idleTimeout how long a keep-alive connection may wait for its next request
 * @param maxConnections open connections beyond which new ones wait in the backlog
 * @param maxConnectionsPerAddress open connections from one client address beyond which that
 *     address's new connections are closed at once (0: no limit)
 * @param drainTimeout on stop, how long in-flight requests may take to finish
 * @param drainGrace on stop, how long a connection that answered a request just before stays
 *     open so that a request already on its way gets a 503 instead of a closed connection
 * @param requestIdHeader the header carrying each request's id, taken from the request when it
 *     has a usable one, else generated, and echoed in the response; {@code null} when off
 * @param livenessPath the path the server itself answers as a liveness probe, or {@code null} when
 *     health checks are off
 * @param readinessPath the path the server itself answers as a readiness probe (503 once a stop
 *     began), or {@code null} when health checks are off
 * @param stopDelay on stop, how long the server goes on serving normally, its readiness already
 *     false, before it drains; zero drains at once
 * @param tls the certificate and key the server encrypts its connections with (HTTPS);
 *     {@code null} for plain HTTP
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
        int bufferedBodyLimit,
        int maxRequestLineLength,
        int maxHeaderSize,
        long maxBodySize,
        int maxPipelinedRequests,
        int outboundBufferLimit,
        Duration headerReadTimeout,
        Duration bodyReadTimeout,
        long minBodyRate,
        Duration bodyRateGrace,
        Duration writeTimeout,
        Duration idleTimeout,
        int maxConnections,
        int maxConnectionsPerAddress,
        Duration drainTimeout,
        Duration drainGrace,
        String requestIdHeader,
        String livenessPath,
        String readinessPath,
        Duration stopDelay,
        TlsSettings tls) {

    /** One line for the startup log: dispatch mode, limits and timeouts. */
    public String describeLimits() {
        return "dispatch " + dispatch
                + (dispatch == Dispatch.POOL ? " (" + poolThreads + " threads)" : "")
                + (dispatch == Dispatch.INLINE ? "" : ", at most " + maxConcurrentRequests + " requests in flight")
                + "; request line " + maxRequestLineLength + " B, headers " + maxHeaderSize
                + " B, body " + maxBodySize + " B (buffered up to " + bufferedBodyLimit + " B), "
                + maxPipelinedRequests + " pipelined requests, " + outboundBufferLimit + " B unsent"
                + "; timeouts: header " + headerReadTimeout.toMillis() + " ms, body "
                + bodyReadTimeout.toMillis() + " ms"
                + (minBodyRate > 0 ? " and " + minBodyRate + " B/s after " + bodyRateGrace.toMillis() + " ms" : "")
                + ", write " + writeTimeout.toMillis() + " ms, idle " + idleTimeout.toMillis() + " ms; "
                + maxConnections + " connections"
                + (maxConnectionsPerAddress > 0 ? " (" + maxConnectionsPerAddress + " per address)" : "")
                + (stopDelay.isZero() ? "" : ", stop delay " + stopDelay.toMillis() + " ms")
                + ", drain " + drainTimeout.toMillis() + " ms"
                + (requestIdHeader == null ? "" : "; request ids in " + requestIdHeader)
                + (livenessPath == null ? "" : "; health checks at " + livenessPath + " and " + readinessPath);
    }
}
