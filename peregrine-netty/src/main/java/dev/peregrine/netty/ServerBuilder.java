package dev.peregrine.netty;

import dev.peregrine.App;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
 *         .tls(Path.of("fullchain.pem"), Path.of("privkey.pem"))
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
    private int bufferedBodyLimit = 64 * 1024;
    private int maxRequestLineLength = 8 * 1024;
    private int maxHeaderSize = 16 * 1024;
    private long maxBodySize = 10L * 1024 * 1024;
    private int maxPipelinedRequests = 32;
    private int outboundBufferLimit = 64 * 1024;
    private Duration headerReadTimeout = Duration.ofSeconds(10);
    private Duration bodyReadTimeout = Duration.ofSeconds(10);
    private long minBodyRate = 240;
    private Duration bodyRateGrace = Duration.ofSeconds(5);
    private Duration writeTimeout = Duration.ofSeconds(30);
    private Duration idleTimeout = Duration.ofSeconds(60);
    private int maxConnections = 10_000;
    private int maxConnectionsPerAddress;
    private Duration drainTimeout = Duration.ofSeconds(20);
    private Duration drainGrace = Duration.ofMillis(250);
    private String requestIdHeader;
    private TlsSettings tls;
    private final List<ServerObserver> observers = new ArrayList<>();

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

    /**
     * The largest request body received whole on the event loop before its responder runs, in
     * every dispatch mode (default 64 KiB): a client sending such a body slowly holds no thread
     * and no request slot. Larger bodies stream to the responder as they arrive. Memory held per
     * connection for a body is at most this or 256 KiB, whichever is larger.
     */
    public ServerBuilder bufferedBodyLimit(int bytes) {
        this.bufferedBodyLimit = checkRange("bufferedBodyLimit", bytes, 0, 16 * 1024 * 1024);
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

    /**
     * Requests of one connection read and waiting to be answered beyond which the server stops
     * reading that connection until it has answered some (default 32): a client flooding pipelined
     * requests holds at most this many.
     */
    public ServerBuilder maxPipelinedRequests(int max) {
        this.maxPipelinedRequests = checkRange("maxPipelinedRequests", max, 1, 1024);
        return this;
    }

    /**
     * Bytes of responses written but not yet taken by the client beyond which the server answers
     * no more of that connection's requests, and reads none, until less than half of it is left
     * (default 64 KiB). With a client that never reads, a connection holds at most this plus the
     * response being written.
     */
    public ServerBuilder outboundBufferLimit(int bytes) {
        this.outboundBufferLimit = checkRange("outboundBufferLimit", bytes, 2 * 1024, 64 * 1024 * 1024);
        return this;
    }

    /** Time from a request's first byte to the end of its headers; slower clients get 408 (default 10 s). */
    public ServerBuilder headerReadTimeout(Duration timeout) {
        this.headerReadTimeout = checkPositive("headerReadTimeout", timeout);
        return this;
    }

    /**
     * Longest wait for the next bytes of a request body, counted from the end of the headers and
     * then from each piece of the body, while the server is reading it (default 10 s); a client
     * that falls silent mid-body gets 408 and is closed.
     */
    public ServerBuilder bodyReadTimeout(Duration timeout) {
        this.bodyReadTimeout = checkPositive("bodyReadTimeout", timeout);
        return this;
    }

    /**
     * The slowest average rate at which a request body may arrive once {@code grace} has passed
     * (default 240 bytes per second after 5 s, as ASP.NET Kestrel); slower clients get 408 and are
     * closed. Time in which the server itself does not read (its responder is behind, or the client
     * waits for {@code 100 Continue}) does not count. {@code 0} turns the check off.
     */
    public ServerBuilder minBodyRate(long bytesPerSecond, Duration grace) {
        if (bytesPerSecond < 0) {
            throw new IllegalArgumentException("minBodyRate is " + bytesPerSecond + "; use 0 to turn the check off");
        }
        this.minBodyRate = bytesPerSecond;
        this.bodyRateGrace = checkPositive("bodyRateGrace", grace);
        return this;
    }

    /**
     * Longest time a connection with a response to deliver may go without the client taking any
     * of it (default 30 s); then the connection is closed, so a client that never reads holds no
     * memory or thread for long.
     */
    public ServerBuilder writeTimeout(Duration timeout) {
        this.writeTimeout = checkPositive("writeTimeout", timeout);
        return this;
    }

    /** How long a keep-alive connection may wait for its next request (default 60 s); a response still being delivered is not idle. */
    public ServerBuilder idleTimeout(Duration timeout) {
        this.idleTimeout = checkPositive("idleTimeout", timeout);
        return this;
    }

    /** Open connections beyond which new ones wait in the backlog until one closes (default 10,000). */
    public ServerBuilder maxConnections(int max) {
        this.maxConnections = checkRange("maxConnections", max, 1, Integer.MAX_VALUE);
        return this;
    }

    /**
     * Open connections from one client address beyond which that address's new connections are
     * closed as soon as they are accepted (default 0: no limit), so one client cannot take all of
     * {@link #maxConnections(int)}. Behind a proxy every client shares its address: leave it off there.
     */
    public ServerBuilder maxConnectionsPerAddress(int max) {
        this.maxConnectionsPerAddress = checkRange("maxConnectionsPerAddress", max, 0, Integer.MAX_VALUE);
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

    /**
     * On stop, how long a connection that was answering requests until just before stays open to
     * answer a request already on its way with 503 and {@code Connection: close}, instead of
     * closing under it (default 250 ms, never beyond the drain timeout). Connections idle for
     * longer close at once.
     */
    public ServerBuilder drainGrace(Duration grace) {
        this.drainGrace = Objects.requireNonNull(grace, "drainGrace");
        if (grace.isNegative()) {
            throw new IllegalArgumentException("drainGrace is " + grace + "; use Duration.ZERO to close idle connections at once");
        }
        return this;
    }

    /**
     * Gives every request an id, carried in header {@code name} (for example {@code X-Request-Id};
     * default: off): the client's, when it sent one of 1 to 200 visible ASCII characters, else a
     * new one of 32 random hex digits, which the app then reads in that header as if the client had
     * sent it. The response carries it in the same header, and access logs and observers get it.
     */
    public ServerBuilder requestIds(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty() || !name.chars().allMatch(c -> c > 32 && c < 127 && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
            throw new IllegalArgumentException("requestIds header name \"" + name + "\" is not an HTTP token; use a name such as X-Request-Id");
        }
        this.requestIdHeader = name;
        return this;
    }

    /**
     * Adds an observer that hears of connections, traffic and answered requests (an access log,
     * metrics); observers hear in the order they were added. Without any, the server measures
     * nothing for them.
     */
    public ServerBuilder observer(ServerObserver observer) {
        observers.add(Objects.requireNonNull(observer, "observer"));
        return this;
    }

    /**
     * Serves HTTPS with the certificate chain and private key in these PEM files (default: plain
     * HTTP). The key is PKCS#8 and not encrypted; {@link #tls(TlsSettings)} takes an encrypted key,
     * another provider or another file check interval.
     *
     * {@snippet :
     * PeregrineServer.builder(app).port(8443)
     *         .tls(Path.of("fullchain.pem"), Path.of("privkey.pem"))
     *         .build().start();
     * }
     */
    public ServerBuilder tls(Path certificateChain, Path privateKey) {
        return tls(TlsSettings.of(certificateChain, privateKey));
    }

    /** Serves HTTPS as {@code settings} say; see {@link TlsSettings}. {@code null} serves plain HTTP again. */
    public ServerBuilder tls(TlsSettings settings) {
        this.tls = settings;
        return this;
    }

    /** The server, not yet started; call {@link PeregrineServer#start()}. */
    public PeregrineServer build() {
        return new PeregrineServer(app, new ServerSettings(host, port, ioThreads, backlog, nativeTransport,
                dispatch, maxConcurrentRequests, poolThreads, bufferedBodyLimit, maxRequestLineLength,
                maxHeaderSize, maxBodySize, maxPipelinedRequests, outboundBufferLimit, headerReadTimeout,
                bodyReadTimeout, minBodyRate, bodyRateGrace, writeTimeout, idleTimeout, maxConnections,
                maxConnectionsPerAddress, drainTimeout, drainGrace, requestIdHeader, tls), List.copyOf(observers));
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
