package dev.peregrine.netty;

import dev.peregrine.App;
import dev.peregrine.netty.internal.ServerChannelInitializer;
import dev.peregrine.netty.internal.ServerContext;
import dev.peregrine.netty.internal.TermSignal;
import dev.peregrine.netty.internal.Transport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves an {@link App} over HTTP/1.1 with keep-alive and pipelining, on Netty.
 *
 * {@snippet :
 * PeregrineServer server = PeregrineServer.builder(app).port(8000).build().start();
 * server.stopOnTermination();      // SIGTERM or Ctrl-C: drain, then exit 0
 * }
 *
 * <p>The server hands each request to {@link App#handle} through the same
 * {@link dev.peregrine.spi.HttpExchange} interface the test client uses and sends the rendered
 * response as it is; HTTP semantics (HEAD, Content-Length, cookies, errors) are the core's. What
 * the server decides itself is what it cannot hand to the app: a request line or headers over
 * their limits (414, 431), a body over its limit (413), a malformed or ambiguous message (400, the
 * connection then closed), too many requests in flight (503); those are rendered by
 * {@link App#renderError} so they look like the app's other errors.
 */
public final class PeregrineServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PeregrineServer.class);

    private final App app;
    private final ServerSettings settings;
    private ServerContext context;
    private EventLoopGroup eventLoops;
    private Channel listener;
    private boolean stopped;

    PeregrineServer(App app, ServerSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    /** A builder for a server of {@code app}; every setting has a default. */
    public static ServerBuilder builder(App app) {
        return new ServerBuilder(app);
    }

    /** The settings this server runs with. */
    public ServerSettings settings() {
        return settings;
    }

    /**
     * Binds the port and starts serving; returns once the server accepts connections.
     *
     * @throws IllegalStateException when the address cannot be bound, naming it and the fix
     */
    public synchronized PeregrineServer start() {
        if (listener != null || stopped) {
            throw new IllegalStateException("The server was already started; build a new one to serve again");
        }
        Transport transport = Transport.choose(settings.nativeTransport());
        context = new ServerContext(app, settings);
        eventLoops = transport.newEventLoops(settings.ioThreads());
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(eventLoops)
                .channel(transport.serverChannel())
                .option(ChannelOption.SO_BACKLOG, settings.backlog())
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
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
        String why = transport.whyNotNative(settings.nativeTransport());
        LOG.info("Peregrine serving on {} (transport {}{}, {} I/O threads, backlog {}); {}", url(), transport.name(),
                why == null ? "" : " because " + why, settings.ioThreads(), settings.backlog(), settings.describeLimits());
        return this;
    }

    /** The port listened on: the configured one, or the one picked for port 0. */
    public int port() {
        if (listener == null) {
            throw new IllegalStateException("The server is not started; call start() first");
        }
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /** The server's base URL, for example {@code http://127.0.0.1:8000/}. */
    public String url() {
        String host = settings.host();
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            host = "localhost";
        } else if (host.indexOf(':') >= 0) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + "/";
    }

    /** Connections open right now. */
    public int openConnections() {
        return context == null ? 0 : context.openConnections();
    }

    /**
     * Stops gracefully: stops accepting, closes idle keep-alive connections, lets requests in
     * flight finish within {@code drainTimeout} (their responses say {@code Connection: close}),
     * then closes whatever is left and releases the threads. Calling it again does nothing.
     *
     * @return whether every connection finished within the drain timeout
     */
    public synchronized boolean stop(Duration drainTimeout) {
        if (listener == null || stopped) {
            return true;
        }
        stopped = true;
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        listener.close().syncUninterruptibly();
        context.drain();
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
        LOG.info("Peregrine stopped{}", drained ? "" : " (some requests were cut off)");
        return drained;
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
     * with status 0, as process supervisors expect of a clean stop.
     */
    public PeregrineServer stopOnTermination() {
        TermSignal.onTermination(this::stop);
        return this;
    }
}
