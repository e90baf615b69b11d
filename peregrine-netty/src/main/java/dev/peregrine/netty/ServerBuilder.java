package dev.peregrine.netty;

import dev.peregrine.App;
import java.time.Duration;
import java.util.Objects;

/**
 * Configures a {@link PeregrineServer}; every setting has a documented default, so
 * {@code PeregrineServer.builder(app).build()} is a working server.
 *
 * {@snippet :
 * PeregrineServer server = PeregrineServer.builder(app)
 *         .host("0.0.0.0").port(8080)
 *         .dispatch(Dispatch.VIRTUAL_THREADS).maxConcurrentRequests(2_000)
 *         .maxBodySize(50 * 1024 * 1024)
 *         .idleTimeout(Duration.ofSeconds(30))
 *         .build()
 *         .start();
 * }
 */
public final class ServerBuilder {

    private final App app;
    private String host = "127.0.0.1";
    private int port = 8000;
    private int ioThreads = Runtime.getRuntime().availableProcessors();
    private int backlog = 1024;
    private boolean nativeTransport = true;
    private Dispatch dispatch = Dispatch.VIRTUAL_THREADS;
    private int maxConcurrentRequests = 4096;
    private int poolThreads = 64;
    private int inlineBodyLimit = 64 * 1024;
    private int maxRequestLineLength = 8 * 1024;
    private int maxHeaderSize = 16 * 1024;
    private long maxBodySize = 10L * 1024 * 1024;
    private Duration headerReadTimeout = Duration.ofSeconds(10);
    private Duration idleTimeout = Duration.ofSeconds(60);
    private int maxConnections = 10_000;
    private Duration drainTimeout = Duration.ofSeconds(20);

    ServerBuilder(App app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    /** The address to bind (default {@code 127.0.0.1}; {@code 0.0.0.0} for every interface). */
    public ServerBuilder host(String host) {
        this.host = Objects.requireNonNull(host, "host");
        return this;
    }

    /** The port (default 8000, as gunicorn; 0 picks a free one). */
    public ServerBuilder port(int port) {
        this.port = checkRange("port", port, 0, 65_535);
        return this;
    }

    /** Event-loop threads (default: the number of available processors). */
    public ServerBuilder ioThreads(int threads) {
        this.ioThreads = checkRange("ioThreads", threads, 1, 1024);
        return this;
    }

    /** The accept backlog (default 1024). */
    public ServerBuilder backlog(int backlog) {
        this.backlog = checkRange("backlog", backlog, 1, 65_535);
        return this;
    }

    /** Whether to use the native epoll transport on Linux when it loads (default true; NIO otherwise). */
    public ServerBuilder nativeTransport(boolean nativeTransport) {
        this.nativeTransport = nativeTransport;
        return this;
    }

    /** Where responders run (default {@link Dispatch#VIRTUAL_THREADS}). */
    public ServerBuilder dispatch(Dispatch dispatch) {
        this.dispatch = Objects.requireNonNull(dispatch, "dispatch");
        return this;
    }

    /** Requests in flight beyond which the answer is 503 with {@code Retry-After} (default 4096). */
    public ServerBuilder maxConcurrentRequests(int max) {
        this.maxConcurrentRequests = checkRange("maxConcurrentRequests", max, 1, Integer.MAX_VALUE);
        return this;
    }

    /** Platform threads of {@link Dispatch#POOL} (default 64). */
    public ServerBuilder poolThreads(int threads) {
        this.poolThreads = checkRange("poolThreads", threads, 1, 10_000);
        return this;
    }

    /** In {@link Dispatch#INLINE}, the largest body gathered before running inline (default 64 KiB). */
    public ServerBuilder inlineBodyLimit(int bytes) {
        this.inlineBodyLimit = checkRange("inlineBodyLimit", bytes, 0, 16 * 1024 * 1024);
        return this;
    }

    /** The longest request line; longer is answered 414 (default 8 KiB). */
    public ServerBuilder maxRequestLineLength(int bytes) {
        this.maxRequestLineLength = checkRange("maxRequestLineLength", bytes, 64, 1024 * 1024);
        return this;
    }

    /** The largest header section; larger is answered 431 (default 16 KiB). */
    public ServerBuilder maxHeaderSize(int bytes) {
        this.maxHeaderSize = checkRange("maxHeaderSize", bytes, 256, 1024 * 1024);
        return this;
    }

    /** The largest request body; larger is answered 413 (default 10 MiB). */
    public ServerBuilder maxBodySize(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("maxBodySize is " + bytes + "; use 0 to refuse every body, or a positive size in bytes");
        }
        this.maxBodySize = bytes;
        return this;
    }

    /** Time from a request's first byte to the end of its headers; slower clients get 408 (default 10 s). */
    public ServerBuilder headerReadTimeout(Duration timeout) {
        this.headerReadTimeout = checkPositive("headerReadTimeout", timeout);
        return this;
    }

    /** How long a keep-alive connection may wait for its next request (default 60 s). */
    public ServerBuilder idleTimeout(Duration timeout) {
        this.idleTimeout = checkPositive("idleTimeout", timeout);
        return this;
    }

    /** Open connections beyond which new ones wait in the backlog until one closes (default 10,000). */
    public ServerBuilder maxConnections(int max) {
        this.maxConnections = checkRange("maxConnections", max, 1, Integer.MAX_VALUE);
        return this;
    }

    /** On stop, how long in-flight requests may take to finish before connections are cut (default 20 s). */
    public ServerBuilder drainTimeout(Duration timeout) {
        this.drainTimeout = Objects.requireNonNull(timeout, "drainTimeout");
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("drainTimeout is " + timeout + "; use Duration.ZERO to cut connections at once");
        }
        return this;
    }

    /** The server, not yet started; call {@link PeregrineServer#start()}. */
    public PeregrineServer build() {
        return new PeregrineServer(app, new ServerSettings(host, port, ioThreads, backlog, nativeTransport,
                dispatch, maxConcurrentRequests, poolThreads, inlineBodyLimit, maxRequestLineLength,
                maxHeaderSize, maxBodySize, headerReadTimeout, idleTimeout, maxConnections, drainTimeout));
    }

    private static int checkRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be between " + min + " and " + max);
        }
        return value;
    }

    private static Duration checkPositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be positive, for example Duration.ofSeconds(10)");
        }
        return value;
    }
}
