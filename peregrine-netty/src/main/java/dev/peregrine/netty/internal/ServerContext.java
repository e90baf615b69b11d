package dev.peregrine.netty.internal;

import dev.peregrine.App;
import dev.peregrine.netty.CompletedExchange;
import dev.peregrine.netty.Dispatch;
import dev.peregrine.netty.ServerObserver;
import dev.peregrine.netty.ServerSettings;
import dev.peregrine.spi.RenderedResponse;
import io.netty.channel.Channel;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a server's connections share: the app, the settings, the threads responders run on, the
 * count of requests in flight and the open connections (for the connection limit and for draining).
 */
public final class ServerContext {

    final App app;
    final ServerSettings settings;
    final ResponseSender sender;
    /** Who hears of connections, traffic and answered requests, or {@code null}: nobody, and nothing is measured. */
    final ServerObserver observer;
    /** The probes the server answers itself, or {@code null} when health checks are off. */
    final HealthChecks health;
    /** The TLS of the connections, or {@code null} when they are plain HTTP. */
    final ServerTls tls;
    /** What {@link dev.peregrine.spi.HttpExchange#scheme()} says: {@code https} with TLS, else {@code http}. */
    final String scheme;
    private final ExecutorService pool;
    private final ThreadFactory virtual = Thread.ofVirtual().name("peregrine-request").factory();
    private final Map<EventExecutor, Executor> handOffs = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    /** Requests handed to workers whose batch has not started; counted only when there are observers. */
    private final LongAdder awaitingWorkers = new LongAdder();
    private final Set<HttpConnection> connections = ConcurrentHashMap.newKeySet();
    /** Open connections per client address; empty unless a per-address limit is set. */
    private final Map<String, Integer> perAddress = new ConcurrentHashMap<>();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition allClosed = lock.newCondition();
    private volatile Channel listener;
    /** Whether the server takes traffic: from its start until its stop begins. */
    private volatile boolean ready;
    private volatile boolean draining;

    /**
     * The shared state of a server serving {@code app} with {@code settings}, heard by
     * {@code observers}, encrypting with {@code tls} ({@code null}: plain HTTP).
     */
    public ServerContext(App app, ServerSettings settings, List<ServerObserver> observers, ServerTls tls) {
        this.app = app;
        this.settings = settings;
        this.sender = new ResponseSender(app);
        this.observer = ObserverFanOut.of(observers);
        this.health = settings.livenessPath() == null ? null
                : new HealthChecks(app, settings.livenessPath(), settings.readinessPath());
        this.tls = tls;
        this.scheme = tls == null ? "http" : "https";
        if (settings.dispatch() == Dispatch.POOL) {
            AtomicInteger next = new AtomicInteger();
            ThreadFactory named = task -> {
                Thread thread = new Thread(task, "peregrine-worker-" + next.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            };
            pool = new ThreadPoolExecutor(settings.poolThreads(), settings.poolThreads(), 60, TimeUnit.SECONDS,
                    new LinkedBlockingQueue<>(), named);
        } else {
            pool = null;
        }
    }

    /** Sets the listening channel, whose reading the connection limit turns off and on. */
    public void listener(Channel channel) {
        this.listener = channel;
    }

    /**
     * Where the connections of event loop {@code loop} run batches of requests off the loop: the
     * pool in {@link Dispatch#POOL}, else virtual threads, handed over once per read cycle of the
     * loop. Called once per connection, on {@code loop}.
     */
    Executor workers(EventExecutor loop) {
        if (pool != null) {
            return pool;
        }
        // PERF: bare virtual threads; a thread-per-task executor would also track each one.
        return handOffs.computeIfAbsent(loop, l -> new VirtualThreadHandOff(l, virtual));
    }

    // ---- Requests in flight --------------------------------------------------------------------

    /** Admits one more request, unless {@link ServerSettings#maxConcurrentRequests()} are in flight. */
    boolean admit() {
        if (inFlight.incrementAndGet() > settings.maxConcurrentRequests()) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    /** An admitted request was answered or abandoned, or its responder waits for body bytes. */
    void release() {
        inFlight.decrementAndGet();
    }

    /**
     * An admitted request's responder goes on after waiting for body bytes. It counts again
     * without being refused: it was admitted already, and refusing it now would lose its body.
     */
    void reacquire() {
        inFlight.incrementAndGet();
    }

    /** Requests admitted and not answered, leaving out those whose responder waits for body bytes. */
    public int requestsInFlight() {
        return inFlight.get();
    }

    // ---- Waiting for a worker ------------------------------------------------------------------

    /**
     * {@code count} requests were handed to a worker as one batch. PERF: counted only when the
     * server has observers, as every other measurement; a LongAdder, since the event loops add and
     * the workers subtract.
     */
    void handedOver(int count) {
        if (observer != null) {
            awaitingWorkers.add(count);
        }
    }

    /** A batch of {@code count} requests {@link #handedOver} before started on its worker. */
    void batchStarted(int count) {
        if (observer != null) {
            awaitingWorkers.add(-count);
        }
    }

    /** Requests handed to workers whose batch has not started yet; 0 without observers. */
    public int dispatchQueueDepth() {
        // NOTE: the sum is not a snapshot: a batch starting during it may be subtracted before it was added.
        return (int) Math.max(0, awaitingWorkers.sum());
    }

    /** Tells the observers, if any, that {@code request} was answered with {@code answer}. */
    void completed(PendingRequest request, RenderedResponse answer) {
        if (observer != null) {
            long body = request.body == null ? 0 : request.body.received();
            observer.requestCompleted(new CompletedExchange(request.exchange, answer.route(), answer.status(),
                    request.refusal, request.requestId, body, request.responseBodyBytes, request.startNanos,
                    System.nanoTime() - request.startNanos));
        }
    }

    // ---- Connections ---------------------------------------------------------------------------

    /**
     * Counts a new connection from {@code address}; at the limit, stops accepting until one closes
     * (later ones wait in the kernel's backlog).
     *
     * @return whether the connection may stay: false when it got in past the limit anyway, or when
     *     its address has {@link ServerSettings#maxConnectionsPerAddress()} open already
     */
    boolean opened(HttpConnection connection, String address) {
        if (!countAddress(address)) {
            return false;
        }
        int count = open.incrementAndGet();
        connections.add(connection);
        if (observer != null) {
            observer.connectionOpened();
        }
        if (count >= settings.maxConnections()) {
            updateAccepting();
        }
        return count <= settings.maxConnections();
    }

    /** Whether the server is stopping: connections accepted now answer 503 and close. */
    boolean draining() {
        return draining;
    }

    /** Counts one more connection from {@code address}; false, counting nothing, when it has its limit. */
    private boolean countAddress(String address) {
        int limit = settings.maxConnectionsPerAddress();
        if (limit == 0) {
            return true;
        }
        boolean[] admitted = {false};
        perAddress.compute(address, (key, count) -> {
            int current = count == null ? 0 : count;
            admitted[0] = current < limit;
            return admitted[0] ? current + 1 : count;
        });
        return admitted[0];
    }

    /** Forgets a closed connection and accepts again if the limit had stopped it. */
    void closed(HttpConnection connection, String address) {
        if (!connections.remove(connection)) {
            return;
        }
        if (settings.maxConnectionsPerAddress() > 0) {
            perAddress.computeIfPresent(address, (key, count) -> count == 1 ? null : count - 1);
        }
        int count = open.decrementAndGet();
        if (observer != null) {
            observer.connectionClosed();
        }
        if (count == settings.maxConnections() - 1) {
            updateAccepting();
        }
        if (count == 0) {
            lock.lock();
            try {
                allClosed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    private void updateAccepting() {
        Channel channel = listener;
        if (channel != null) {
            // NOTE: decided and switched on the listener's own event loop, where it takes effect
            // before the next accept; reading the count there makes racing opens and closes agree.
            channel.eventLoop().execute(() -> {
                if (channel.isOpen()) {
                    channel.config().setAutoRead(open.get() < settings.maxConnections() && !draining);
                }
            });
        }
    }

    /** Open connections. */
    public int openConnections() {
        return open.get();
    }

    // ---- Stopping ------------------------------------------------------------------------------

    /** The server began to stop: readiness is false from now on, and the observers hear of it. */
    public void stopping() {
        ready = false;
        if (observer != null) {
            observer.stopping();
        }
    }

    /** The server accepts connections: ready until {@link #stopping()}. */
    public void started() {
        ready = true;
    }

    /** Whether the server is ready for traffic: started and not stopping. */
    public boolean ready() {
        return ready;
    }

    /** Tells every connection to finish what it is serving and close; idle ones close now. */
    public void drain() {
        draining = true;
        for (HttpConnection connection : connections) {
            connection.drain();
        }
    }

    /** Waits until every connection closed or {@code deadlineNanos} passed; whether all closed. */
    public boolean awaitClosed(long deadlineNanos) throws InterruptedException {
        lock.lock();
        try {
            while (open.get() > 0) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                allClosed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Closes every connection at once, whatever it is doing. */
    public void closeAll() {
        for (HttpConnection connection : connections) {
            connection.closeNow();
        }
    }

    /** Stops the worker pool, if any; virtual threads end with their requests. */
    public void stopWorkers() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
