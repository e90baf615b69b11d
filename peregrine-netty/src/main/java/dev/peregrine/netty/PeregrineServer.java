package dev.peregrine.netty;

import dev.peregrine.App;
import dev.peregrine.netty.accesslog.AccessLog;
import dev.peregrine.netty.internal.ServerChannelInitializer;
import dev.peregrine.netty.internal.ServerContext;
import dev.peregrine.netty.internal.ServerTls;
import dev.peregrine.netty.internal.TermSignal;
import dev.peregrine.netty.internal.Transport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.util.concurrent.EventExecutor;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLoggerFactory;

/**
 * Serves an {@link App} over HTTP/1.1 with keep-alive and pipelining, on Netty.
 *
 * {@snippet :
 * PeregrineServer server = PeregrineServer.builder(app).port(8000).build()
 *         .stopOnTermination()     // SIGTERM or Ctrl-C: drain, then exit 0
 *         .start();
 * }
 *
 * <p>The server hands each request to {@link App#handle} through the same
 * {@link dev.peregrine.spi.HttpExchange} interface the test client uses and sends the rendered
 * response as it is; HTTP semantics (HEAD, Content-Length, cookies, errors) are the core's. What
 * the server decides itself is what it cannot hand to the app: a request line or headers over
 * their limits (414, 431), a body over its limit (413), a malformed or ambiguous message (400, the
 * connection then closed), too many requests in flight (503); those are rendered by
 * {@link App#renderError} so they look like the app's other errors.
 *
 * <p>With {@link ServerBuilder#tls} it serves HTTPS instead, and reloads its certificate when the
 * files change, on {@code SIGHUP} and on {@link #reloadTls()}; see {@link TlsSettings}.
 */
public final class PeregrineServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeregrineServer.class);

    private final App app;
    private final ServerSettings settings;
    private final List<ServerObserver> observers;
    /** Where non-default settings came from, for the startup log; {@code null} when all are defaults. */
    private final String provenance;
    /** Read by any thread (gauges, readiness); set before the server starts. */
    private volatile ServerContext context;
    private ServerTls tls;
    private EventLoopGroup eventLoops;
    private Channel listener;
    private boolean stopped;

    PeregrineServer(App app, ServerSettings settings, List<ServerObserver> observers, String provenance) {
        this.app = app;
        this.settings = settings;
        this.observers = observers;
        this.provenance = provenance;
    }

    /** A builder for a server of {@code app}; every setting has a default. */
    public static ServerBuilder builder(App app) {
        return new ServerBuilder(app);
    }

    /**
     * The server's access log ({@link ServerBuilder#accessLog}, or configured), if it has one: for
     * its {@link AccessLog#droppedLines()}.
     */
    public Optional<AccessLog> accessLog() {
        for (ServerObserver observer : observers) {
            if (observer instanceof AccessLog log) {
                return Optional.of(log);
            }
        }
        return Optional.empty();
    }

    /** The settings this server runs with. */
    public ServerSettings settings() {
        return settings;
    }

    /**
     * Binds the port and starts serving; returns once the server accepts connections.
     *
     * @throws IllegalStateException when the address cannot be bound, naming it and the fix; with
     *     TLS, when a certificate or key file is missing, unreadable, not PEM, or the key does not
     *     belong to the certificate, naming the file and the fix
     */
    public synchronized PeregrineServer start() {
        if (listener != null || stopped) {
            throw new IllegalStateException("The server was already started; build a new one to serve again");
        }
        ServerTls serverTls = settings.tls() == null ? null : ServerTls.create(settings.tls());
        Transport transport = Transport.choose(settings.nativeTransport());
        context = new ServerContext(app, settings, observers, serverTls);
        eventLoops = transport.newEventLoops(settings.ioThreads());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(eventLoops)
                .channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, settings.backlog())
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(
                        settings.outboundBufferLimit() / 2, settings.outboundBufferLimit()))
                .childHandler(new ServerChannelInitializer(context));
        try {
            listener = bootstrap.bind(new InetSocketAddress(settings.host(), settings.port())).syncUninterruptibly().channel();
        } catch (Exception e) {
            // NOTE: Netty rethrows the bind failure (a checked BindException) without declaring it.
            eventLoops.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            String reason = String.valueOf(e.getMessage());
            String fix = e instanceof BindException || reason.contains("in use")
                    ? "stop whatever uses that port or choose another with .port(...)"
                    : "check that the host is an address of this machine, or use 0.0.0.0 for all of them";
            throw new IllegalStateException("Cannot listen on " + settings.host() + ":" + settings.port()
                    + " (" + reason + "); " + fix, e);
        }
        context.listener(listener);
        context.started();
        tls = serverTls;
        if (tls != null) {
            tls.watch();
        }
        String why = transport.whyNotNative(settings.nativeTransport());
        announce("Peregrine serving on " + url() + " (transport " + transport.name() + (why == null ? "" : " because " + why)
                + ", " + settings.ioThreads() + " I/O threads, backlog " + settings.backlog() + "); "
                + (tls == null ? "" : tls.describe() + "; ") + settings.describeLimits());
        if (provenance != null) {
            LOG.info("Peregrine {}", provenance);
        }
        return this;
    }

    /**
     * Logs the startup line; without an SLF4J provider, where it and every later log line would
     * be lost without a word, prints it to stderr with the fix.
     */
    private static void announce(String line) {
        if (LoggerFactory.getILoggerFactory() instanceof NOPLoggerFactory) {
            System.err.println(line);
            System.err.println("Peregrine: no SLF4J provider is on the class path, so the server's and the app's logs"
                    + " (unexpected errors among them) are dropped; add one, for example org.slf4j:slf4j-simple"
                    + " or ch.qos.logback:logback-classic");
        } else {
            LOG.info(line);
        }
    }

    /** The port listened on: the configured one, or the one picked for port 0. */
    public int port() {
        if (listener == null) {
            throw new IllegalStateException("The server is not started; call start() first");
        }
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** The server's base URL, for example {@code http://127.0.0.1:8000/}, or {@code https://...} with TLS. */
    public String url() {
        String host = settings.host();
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            host = "localhost";
        } else if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return (settings.tls() == null ? "http://" : "https://") + host + ":" + port() + "/";
    }

    /**
     * Reads the TLS certificate chain and key files again and, when they are valid, encrypts new
     * connections with them; connections already open keep the certificate they started with. The
     * server also does this on {@code SIGHUP} and when the files change.
     *
     * @return whether the new certificate is in use; when not, the one before still is, and the
     *     reason (naming the file) was logged as an error
     * @throws IllegalStateException when the server has no TLS or is not running
     */
    public boolean reloadTls() {
        ServerTls running;
        synchronized (this) {
            if (settings.tls() == null) {
                throw new IllegalStateException("The server serves plain HTTP; give it a certificate with ServerBuilder.tls(...)");
            }
            if (tls == null || stopped) {
                throw new IllegalStateException("The server is not running; start() it first");
            }
            running = tls;
        }
        return running.reload("reloadTls()");
    }

    /** Connections open right now. */
    public int openConnections() {
        return context == null ? 0 : context.openConnections();
    }

    /**
     * Requests counted against {@link ServerSettings#maxConcurrentRequests()} right now: admitted
     * and not yet answered, leaving out responders that wait for request body bytes.
     */
    public int requestsInFlight() {
        return context == null ? 0 : context.requestsInFlight();
    }

    /**
     * Requests handed to worker threads whose turn has not come yet: in {@link Dispatch#POOL},
     * waiting for a free pool thread; in {@link Dispatch#VIRTUAL_THREADS}, handed over and not yet
     * running (a carrier thread is busy); in {@link Dispatch#INLINE}, only requests that went to a
     * virtual thread (large bodies, streamed responses). A queue that grows says the workers, not
     * the network, are the bottleneck. Counted only when the server has an observer
     * ({@link ServerBuilder#observer}), as every other measurement: 0 otherwise.
     */
    public int dispatchQueueDepth() {
        return context == null ? 0 : context.dispatchQueueDepth();
    }

    /**
     * Whether the server is ready for traffic: started and not stopping. It turns false as soon as
     * {@link #stop()} is called, before connections drain (see {@link ServerBuilder#stopDelay}); the
     * readiness probe of {@link ServerBuilder#healthChecks} answers by it.
     */
    public boolean ready() {
        ServerContext serving = context;
        return serving != null && serving.ready();
    }

    /**
     * Stops gracefully: readiness turns false at once ({@link #ready()}); the server goes on
     * serving normally for {@link ServerSettings#stopDelay()}, if any, so load balancers can take
     * it out of rotation; then every connection answers the requests it has read (the last
     * response says {@code Connection: close}) and answers requests that arrive from now on with
     * 503 and {@code Connection: close}; idle connections close, after {@link ServerSettings#drainGrace()}
     * when they answered a request just before; then the port stops accepting. Whatever is still
     * open after {@code drainTimeout} is closed, and the threads are released. Calling it again
     * does nothing.
     *
     * @return whether every connection finished within the drain timeout
     */
    public synchronized boolean stop(Duration drainTimeout) {
        if (listener == null || stopped) {
            return true;
        }
        stopped = true;
        if (tls != null) {
            tls.stop();
        }
        context.stopping();
        awaitStopDelay();
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        context.drain();
        // NOTE: once every event loop has run the drain tasks posted before this one, every
        // connection knows; only then does the listener close, so a connection accepted meanwhile
        // drains too, and a client that finds the port closed knows its connection is draining.
        for (EventExecutor loop : eventLoops) {
            loop.submit(() -> { }).syncUninterruptibly();
        }
        listener.close().syncUninterruptibly();
        boolean drained;
        try {
            drained = context.awaitClosed(deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            drained = false;
        }
        if (!drained) {
            LOG.warn("{} connections were still busy after the drain timeout of {} ms; closing them",
                    context.openConnections(), drainTimeout.toMillis());
            context.closeAll();
        }
        context.stopWorkers();
        eventLoops.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        closeObservers();
        LOG.info("Peregrine stopped{}", drained ? "" : " (some requests were cut off)");
        return drained;
    }

    /** Closes the observers that can be closed (access logs write out what they queued); logs what fails. */
    private void closeObservers() {
        for (ServerObserver observer : observers) {
            if (observer instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.warn("Closing server observer {} failed", observer, e);
                }
            }
        }
    }

    /** Serves on, readiness false, for the stop delay; an interrupt ends the delay early. */
    private void awaitStopDelay() {
        if (settings.stopDelay().isZero()) {
            return;
        }
        LOG.info("Peregrine stopping: ready no more, serving on for {} ms before draining", settings.stopDelay().toMillis());
        try {
            Thread.sleep(settings.stopDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@link #stop(Duration)} with the configured {@link ServerSettings#drainTimeout()}. */
    public boolean stop() {
        return stop(settings.drainTimeout());
    }

    /** Same as {@link #stop()}. */
    @Override
    public void close() {
        stop();
    }

    /**
     * Makes SIGTERM and SIGINT stop this server gracefully ({@link #stop()}) and then exit the JVM
     * with status 0, as process supervisors expect of a clean stop. Call it before {@link #start()}:
     * a signal that arrives while the server starts then waits for the start to finish and stops
     * it, instead of killing the JVM with status 143.
     *
     * {@snippet :
     * PeregrineServer.builder(app).build().stopOnTermination().start();
     * }
     */
    public PeregrineServer stopOnTermination() {
        TermSignal.onTermination(this::stop);
        return this;
    }
}
