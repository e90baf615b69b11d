package dev.peregrine.netty;

import dev.peregrine.App;
import dev.peregrine.netty.accesslog.AccessLog;
import dev.peregrine.netty.config.Configuration;
import dev.peregrine.netty.config.Setting;
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
    private String livenessPath;
    private String readinessPath;
    private Duration stopDelay = Duration.ZERO;
    private TlsSettings tls;
    private final List<ServerObserver> observers = new ArrayList<>();
    private Configuration configuration;
    private AccessLog accessLog;

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
     * Makes the server answer two probe paths itself, on the event loop, for load balancers and
     * orchestrators (default: off): {@code GET} or {@code HEAD} on {@code livenessPath} is 200
     * {@code {"status":"UP"}} while the process serves; on {@code readinessPath} it is the same
     * until a stop begins, then 503 {@code {"status":"DRAINING"}}. Both are JSON with
     * {@code Cache-Control: no-store}; other methods get 405 with {@code Allow: GET, HEAD}.
     *
     * <p>Probes never reach the app, its middleware or its routes at those paths (the server's
     * answer wins), and do not count against {@link #maxConcurrentRequests(int)}: a saturated app
     * still answers them. Observers hear of them with the probe's path as the route.
     *
     * {@snippet :
     * PeregrineServer.builder(app).healthChecks("/health/live", "/health/ready").stopDelay(Duration.ofSeconds(5));
     * }
     *
     * @throws IllegalArgumentException when a path does not start with {@code /}, holds a query,
     *     a space or a control character, or both paths are the same
     */
    public ServerBuilder healthChecks(String livenessPath, String readinessPath) {
        checkProbePath("livenessPath", livenessPath);
        checkProbePath("readinessPath", readinessPath);
        if (livenessPath.equals(readinessPath)) {
            throw new IllegalArgumentException("healthChecks: liveness and readiness are both at " + livenessPath
                    + "; give them different paths, for example /health/live and /health/ready");
        }
        this.livenessPath = livenessPath;
        this.readinessPath = readinessPath;
        return this;
    }

    /**
     * On stop, how long the server goes on serving normally before it drains (default 0: drain at
     * once). Readiness turns false at the start of the delay ({@link PeregrineServer#ready()}, the
     * readiness probe of {@link #healthChecks(String, String)}, and observers'
     * {@link ServerObserver#stopping()}), so a load balancer polling it takes the instance out of
     * rotation while it still answers; then connections drain as usual, within the drain timeout.
     * Set it a little above the balancer's polling interval times its failure threshold.
     */
    public ServerBuilder stopDelay(Duration delay) {
        this.stopDelay = Objects.requireNonNull(delay, "stopDelay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("stopDelay is " + delay + "; use Duration.ZERO to drain as soon as the stop begins");
        }
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

    /**
     * Writes an access log (default: none): one line per answered request, see {@link AccessLog}.
     * The server closes it once it has stopped, so the lines of the last requests are written.
     * A server has one access log: a later call, or a configured {@code accessLog}, replaces it.
     *
     * {@snippet :
     * PeregrineServer.builder(app)
     *         .accessLog(AccessLog.stdout().format(AccessLogFormat.JSON).build())
     *         .build();
     * }
     */
    public ServerBuilder accessLog(AccessLog log) {
        Objects.requireNonNull(log, "log");
        if (accessLog != null && accessLog != log) {
            // NOTE: the log replaced has started its writer; it will never be served.
            accessLog.close();
        }
        this.accessLog = log;
        return this;
    }

    /**
     * Takes settings given outside the code, which win over what the code set: environment
     * variables such as {@code PEREGRINE_PORT} and the properties file {@code PEREGRINE_CONFIG}
     * names ({@link Configuration#fromEnvironment()}). They are applied by {@link #build()}, through
     * this builder's methods, so the code's calls may come before or after this one; the startup
     * log names every value that is not the default and where it came from. Settings are named
     * after the methods: {@code host}, {@code port}, {@code ioThreads}, {@code backlog},
     * {@code nativeTransport}, {@code dispatch}, {@code maxConcurrentRequests}, {@code poolThreads},
     * {@code bufferedBodyLimit}, {@code maxRequestLineLength}, {@code maxHeaderSize},
     * {@code maxBodySize}, {@code maxPipelinedRequests}, {@code outboundBufferLimit},
     * {@code headerReadTimeout}, {@code bodyReadTimeout}, {@code minBodyRate},
     * {@code bodyRateGrace}, {@code writeTimeout}, {@code idleTimeout}, {@code maxConnections},
     * {@code maxConnectionsPerAddress}, {@code drainTimeout}, {@code drainGrace}, {@code requestIds},
     * {@code healthChecks} (two paths: {@code /health/live,/health/ready}), {@code stopDelay};
     * TLS: {@code tlsCertificate} and {@code tlsKey} (PEM files, both or neither),
     * {@code tlsKeyPassword}, {@code tlsProvider} ({@code auto}, {@code openssl}, {@code jdk});
     * {@code trustedProxies} (comma-separated addresses and ranges: sets the app's
     * {@code requestOptions().trustedProxies(...)}, which a configured access log uses too); and an
     * access log: {@code accessLog} ({@code stdout}, {@code file:PATH} or {@code syslog:HOST:PORT}),
     * {@code accessLogFormat} ({@code common}, {@code combined}, {@code json}),
     * {@code accessLogMode} ({@code sync}, {@code async}), {@code accessLogQueue},
     * {@code accessLogFacility}, {@code accessLogAppName}.
     */
    public ServerBuilder configuration(Configuration configuration) {
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        return this;
    }

    /**
     * The server, not yet started; call {@link PeregrineServer#start()}.
     *
     * @throws IllegalArgumentException when a configured setting is malformed, out of range or
     *     unknown, naming it, where it came from and the fix
     */
    public PeregrineServer build() {
        ServerSettings fromCode = settings();
        List<Setting> given = configuration == null ? List.of() : ConfigurableSettings.apply(configuration, this);
        ServerSettings running = settings();
        String provenance = ConfigurableSettings.describe(new ServerBuilder(app).settings(), fromCode, running, given);
        List<ServerObserver> all = new ArrayList<>(observers);
        if (accessLog != null) {
            all.add(accessLog);
        }
        return new PeregrineServer(app, running, List.copyOf(all), provenance);
    }

    private ServerSettings settings() {
        return new ServerSettings(host, port, ioThreads, backlog, nativeTransport,
                dispatch, maxConcurrentRequests, poolThreads, bufferedBodyLimit, maxRequestLineLength,
                maxHeaderSize, maxBodySize, maxPipelinedRequests, outboundBufferLimit, headerReadTimeout,
                bodyReadTimeout, minBodyRate, bodyRateGrace, writeTimeout, idleTimeout, maxConnections,
                maxConnectionsPerAddress, drainTimeout, drainGrace, requestIdHeader, livenessPath, readinessPath,
                stopDelay, tls);
    }

    /** The app served, whose request options configured trusted proxies go to. */
    App app() {
        return app;
    }

    /** The minimum body rate set so far, for a configured grace that keeps it. */
    long minBodyRate() {
        return minBodyRate;
    }

    /** The body-rate grace set so far, for a configured rate that keeps it. */
    Duration bodyRateGrace() {
        return bodyRateGrace;
    }

    private static int checkRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be between " + min + " and " + max);
        }
        return value;
    }

    private static void checkProbePath(String name, String path) {
        Objects.requireNonNull(path, name);
        if (path.isEmpty() || path.charAt(0) != '/' || !path.chars().allMatch(c -> c > 32 && c < 127 && c != '?' && c != '#')) {
            throw new IllegalArgumentException("healthChecks: " + name + " \"" + path + "\" is not a plain path;"
                    + " use one that starts with / and has no query, space or control character, such as /health/ready");
        }
    }

    private static Duration checkPositive(String name, Duration value) {
        Objects.requireNonNull(value, name);
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " is " + value + "; it must be positive, for example Duration.ofSeconds(10)");
        }
        return value;
    }
}
