package dev.peregrine.reliability.probes;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpResponseDecoder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Requests of a weighted mix sent at a fixed rate over a pool of keep-alive connections, whether
 * or not earlier ones were answered (open loop): a request due while every connection is busy
 * waits, and its latency, measured from when it was due, includes the wait. Malformed requests go
 * on connections of their own. All state lives on one event loop.
 */
final class OpenLoopLoad {

    private static final long TIMEOUT_CHECK_MILLIS = 100;
    private static final long RECONNECT_DELAY_MILLIS = 20;
    private static final int MAX_PROBLEMS = 10;

    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final int port;
    private final List<RequestKind> kinds;
    private final int totalWeight;
    private final double ratePerSecond;
    private final int connections;
    private final long timeoutNanos;
    private final Random random;
    private final ArrayDeque<LoadConnection> idle = new ArrayDeque<>();
    private final Set<LoadConnection> inFlight = new HashSet<>();
    private final Histogram latencyMicros = new Histogram(3_600_000_000L, 3);
    /** The same latencies, for {@link #window()}: recorded on the loop, read by the probe's thread. */
    private final Recorder windowMicros = new Recorder(3_600_000_000L, 3);
    private final Map<String, long[]> counts = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();
    private final CompletableFuture<LoadResult> result = new CompletableFuture<>();

    private boolean running;
    private boolean tickScheduled;
    private boolean drainCheckScheduled;
    private ScheduledFuture<?> timeoutChecks;
    private long startNanos;
    private long stopNanos;
    private long sent;
    private RequestKind nextKind;
    private long answered;
    private long unexpected;
    private long lost;
    private long timedOut;
    private long connectFailures;
    private long unsent;

    /**
     * @param timeoutSeconds how long a request may wait for its answer before it counts as timed
     *     out and its connection is replaced
     */
    OpenLoopLoad(ClientLoop client, int port, List<RequestKind> kinds, double ratePerSecond, int connections,
            double timeoutSeconds, long seed) {
        this.loop = client.next();
        this.port = port;
        this.kinds = List.copyOf(kinds);
        this.totalWeight = kinds.stream().mapToInt(RequestKind::weight).sum();
        this.ratePerSecond = ratePerSecond;
        this.connections = connections;
        this.timeoutNanos = (long) (timeoutSeconds * 1e9);
        this.random = new Random(seed);
        this.bootstrap = client.bootstrap(loop);
        for (RequestKind kind : kinds) {
            counts.put(kind.name(), new long[4]);
        }
    }

    /** Opens the pool and starts sending. */
    void start() {
        loop.execute(() -> {
            running = true;
            startNanos = System.nanoTime();
            for (int i = 0; i < connections; i++) {
                connect(null, 0);
            }
            timeoutChecks = loop.scheduleAtFixedRate(this::checkTimeouts, TIMEOUT_CHECK_MILLIS, TIMEOUT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        });
    }

    /** Stops sending, waits for the requests in flight (up to the timeout) and returns what the load saw. */
    LoadResult stop() {
        loop.execute(() -> {
            running = false;
            stopNanos = System.nanoTime();
            unsent = Math.max(0, dueCount(stopNanos) - sent);
            for (LoadConnection connection : idle) {
                connection.abandon();
            }
            idle.clear();
            finishWhenDrained();
        });
        return result.orTimeout(timeoutNanos + TimeUnit.SECONDS.toNanos(10), TimeUnit.NANOSECONDS).join();
    }

    /** The latencies (microseconds) of the answers since the last call, or since the start. Any thread. */
    Histogram window() {
        return windowMicros.getIntervalHistogram();
    }

    private void connect(RequestKind own, long intendedNanos) {
        LoadConnection connection = new LoadConnection(this, own, intendedNanos);
        ChannelFuture connecting = bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel channel) {
                channel.pipeline().addLast(new HttpResponseDecoder(), connection);
            }
        }).connect("127.0.0.1", port);
        if (own != null) {
            inFlight.add(connection);
        }
        connecting.addListener(done -> {
            if (!done.isSuccess()) {
                connectFailures++;
                problem("connect failed: " + done.cause());
                if (own != null) {
                    inFlight.remove(connection);
                    count(own)[3]++;
                    finishWhenDrained();
                } else if (running) {
                    loop.schedule(() -> connect(null, 0), RECONNECT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
                }
            }
        });
    }

    void onConnected(LoadConnection connection) {
        if (!running) {
            connection.abandon();
            return;
        }
        idle.add(connection);
        dispatch();
    }

    void onAnswer(LoadConnection connection, RequestKind kind, long intendedNanos, int status, long bodyBytes) {
        inFlight.remove(connection);
        answered++;
        count(kind)[1]++;
        long micros = Math.max(0, (System.nanoTime() - intendedNanos) / 1_000);
        latencyMicros.recordValue(micros);
        windowMicros.recordValue(micros);
        if (status != kind.expectedStatus() || kind.expectedBodyBytes() >= 0 && bodyBytes != kind.expectedBodyBytes()) {
            unexpected++;
            count(kind)[2]++;
            problem(kind.name() + ": status " + status + " with " + bodyBytes + " body bytes, expected "
                    + kind.expectedStatus() + (kind.expectedBodyBytes() >= 0 ? " with " + kind.expectedBodyBytes() : ""));
        }
        if (connection.pooled() && running) {
            idle.add(connection);
            dispatch();
        }
        finishWhenDrained();
    }

    void onClosed(LoadConnection connection, boolean lostRequest) {
        idle.remove(connection);
        inFlight.remove(connection);
        if (lostRequest) {
            lost++;
            count(connection.kind())[3]++;
            problem(connection.kind().name() + ": connection closed before the answer");
        }
        if (connection.pooled() && running) {
            // NOTE: an answer that said close ends the connection too; either way the pool is refilled.
            if (lostRequest) {
                loop.schedule(() -> connect(null, 0), RECONNECT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
            } else {
                connect(null, 0);
            }
        }
        finishWhenDrained();
    }

    /** Sends every due request that has a connection; then wakes up when the next one is due. */
    private void dispatch() {
        if (!running) {
            return;
        }
        long now = System.nanoTime();
        long due = dueCount(now);
        while (sent < due) {
            if (nextKind == null) {
                nextKind = pick();
            }
            if (nextKind.ownConnection()) {
                connect(nextKind, intendedNanos(sent));
            } else {
                LoadConnection connection = idle.poll();
                if (connection == null) {
                    break;
                }
                connection.send(nextKind, intendedNanos(sent), now);
                inFlight.add(connection);
            }
            count(nextKind)[0]++;
            nextKind = null;
            sent++;
        }
        if (sent >= due && !tickScheduled) {
            tickScheduled = true;
            loop.schedule(() -> {
                tickScheduled = false;
                dispatch();
            }, Math.max(0, intendedNanos(sent) - now), TimeUnit.NANOSECONDS);
        }
    }

    private void checkTimeouts() {
        long now = System.nanoTime();
        for (LoadConnection connection : List.copyOf(inFlight)) {
            if (connection.busy() && now - connection.sentNanos() > timeoutNanos) {
                timedOut++;
                inFlight.remove(connection);
                problem(connection.kind().name() + ": no answer within " + timeoutNanos / 1_000_000 + " ms");
                connection.abandon();
            }
        }
    }

    private void finishWhenDrained() {
        if (running || result.isDone()) {
            return;
        }
        if (inFlight.isEmpty() || System.nanoTime() - stopNanos > timeoutNanos) {
            timeoutChecks.cancel(false);
            for (LoadConnection connection : List.copyOf(inFlight)) {
                connection.abandon();
            }
            Map<String, LoadResult.KindCounts> byKind = new LinkedHashMap<>();
            counts.forEach((name, c) -> byKind.put(name, new LoadResult.KindCounts(c[0], c[1], c[2], c[3])));
            result.complete(new LoadResult((stopNanos - startNanos) / 1e9, sent, answered, unexpected, lost, timedOut,
                    connectFailures, unsent, Latency.ofMicros(latencyMicros), byKind, List.copyOf(problems)));
        } else if (!drainCheckScheduled) {
            drainCheckScheduled = true;
            loop.schedule(() -> {
                drainCheckScheduled = false;
                finishWhenDrained();
            }, TIMEOUT_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private RequestKind pick() {
        int ticket = random.nextInt(totalWeight);
        for (RequestKind kind : kinds) {
            ticket -= kind.weight();
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("the weights of the mix do not add up");
    }

    private long dueCount(long now) {
        return (long) ((now - startNanos) * ratePerSecond / 1e9) + 1;
    }

    private long intendedNanos(long index) {
        return startNanos + (long) (index * 1e9 / ratePerSecond);
    }

    private long[] count(RequestKind kind) {
        return counts.get(kind.name());
    }

    private void problem(String description) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(String.format("%.1f s: %s", (System.nanoTime() - startNanos) / 1e9, description));
        }
    }
}
