package dev.peregrine.bench.loadgen;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.handler.codec.http.HttpResponseDecoder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * One open-loop step: requests go out at the plan's rate over its keep-alive connections whether or
 * not earlier ones were answered. A request that is due while every connection is busy waits, and its
 * latency, measured from its intended send time, includes the wait. All state lives on one event loop.
 */
final class OpenLoopStep {
    /** How often in-flight requests are checked against the timeout. */
    private static final long TIMEOUT_CHECK_MILLIS = 20;
    /** How long to wait before reconnecting after a failure, so a dead server is not hammered. */
    private static final long RECONNECT_DELAY_MILLIS = 50;

    private final StepPlan plan;
    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final TargetRequest target;
    private final ByteBuf request;
    private final ArrayDeque<ClientConnection> idle = new ArrayDeque<>();
    private final List<ClientConnection> open = new ArrayList<>();
    private final Histogram latencyMicros = new Histogram(3);
    private final CompletableFuture<StepResult> result = new CompletableFuture<>();

    private RateSchedule schedule;
    private ScheduledFuture<?> timeoutChecks;
    private int unsettledConnects;
    private boolean tickScheduled;
    private boolean ended;
    private boolean finished;
    private long endNanos;
    private long sent;
    private long completed;
    private long lastCompletionNanos;
    private long non2xx;
    private long timeouts;
    private long connectionErrors;

    OpenLoopStep(StepPlan plan, TargetRequest target, EventLoop loop, Class<? extends Channel> channelType) {
        this.plan = plan;
        this.loop = loop;
        this.target = target;
        this.request = Unpooled.unreleasableBuffer(Unpooled.wrappedBuffer(target.bytes()).asReadOnly());
        OpenLoopStep step = this;
        this.bootstrap = new Bootstrap().group(loop).channel(channelType)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, plan.timeout().toMillis()))
                .handler(new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast(new HttpResponseDecoder(), new ClientConnection(step));
                    }
                });
    }

    /**
     * Opens the connections, runs the step and drains it.
     *
     * @return the step's result, completed on the event loop
     */
    CompletableFuture<StepResult> run() {
        loop.execute(() -> {
            unsettledConnects = plan.connections();
            for (int i = 0; i < plan.connections(); i++) {
                connect();
            }
        });
        return result;
    }

    private void connect() {
        ChannelFuture connecting = bootstrap.connect(target.host(), target.port());
        connecting.addListener(done -> {
            if (!done.isSuccess()) {
                connectionErrors++;
                if (schedule == null) {
                    settleConnect();
                } else {
                    reconnectLater();
                }
            }
        });
    }

    private void reconnectLater() {
        loop.schedule(() -> {
            if (!ended) {
                connect();
            }
        }, RECONNECT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void settleConnect() {
        if (--unsettledConnects == 0) {
            begin();
        }
    }

    private void begin() {
        long window = plan.window().toNanos();
        schedule = new RateSchedule(System.nanoTime(), plan.ratePerSecond(), window);
        endNanos = schedule.startNanos() + window;
        for (int missing = plan.connections() - open.size(); missing > 0; missing--) {
            reconnectLater();
        }
        loop.schedule(this::end, window, TimeUnit.NANOSECONDS);
        timeoutChecks = loop.scheduleAtFixedRate(this::checkTimeouts, TIMEOUT_CHECK_MILLIS, TIMEOUT_CHECK_MILLIS,
                TimeUnit.MILLISECONDS);
        dispatch();
    }

    void onConnected(ClientConnection connection) {
        if (ended) {
            connection.close();
            return;
        }
        open.add(connection);
        idle.add(connection);
        if (schedule == null) {
            settleConnect();
        } else {
            dispatch();
        }
    }

    void onResponse(ClientConnection connection, int status, long intendedNanos, boolean keepAlive) {
        long now = System.nanoTime();
        completed++;
        lastCompletionNanos = now;
        latencyMicros.recordValue(Math.max(0, (now - intendedNanos) / 1_000));
        if (status < 200 || status > 299) {
            non2xx++;
        }
        if (ended) {
            finishWhenDrained();
        } else if (keepAlive) {
            idle.add(connection);
            dispatch();
        }
    }

    void onClosed(ClientConnection connection, boolean lostRequest) {
        open.remove(connection);
        idle.remove(connection);
        if (lostRequest) {
            connectionErrors++;
        }
        if (ended) {
            finishWhenDrained();
        } else if (lostRequest) {
            reconnectLater();
        } else {
            connect();
        }
    }

    /**
     * Sends every due request that has a free connection, then, if the queue is empty, wakes up at the
     * next request's intended time.
     */
    private void dispatch() {
        if (ended) {
            return;
        }
        long now = System.nanoTime();
        long due = schedule.dueCount(now);
        while (sent < due && !idle.isEmpty()) {
            idle.poll().send(request, schedule.intendedNanos(sent), now);
            sent++;
        }
        if (sent == due && sent < schedule.total() && !tickScheduled) {
            tickScheduled = true;
            // PERF: one timer for the next due request rather than one per request or a busy loop;
            // when the loop runs late, the next dispatch sends everything that fell due meanwhile.
            loop.schedule(this::tick, Math.max(0, schedule.intendedNanos(sent) - now), TimeUnit.NANOSECONDS);
        }
    }

    private void tick() {
        tickScheduled = false;
        dispatch();
    }

    private void end() {
        dispatch();
        ended = true;
        finishWhenDrained();
    }

    private void checkTimeouts() {
        long now = System.nanoTime();
        long limit = plan.timeout().toNanos();
        boolean drainExpired = ended && now - endNanos > limit;
        for (ClientConnection connection : open.toArray(new ClientConnection[0])) {
            if (connection.busy() && (drainExpired || now - connection.sentNanos() > limit)) {
                timeouts++;
                connection.abandon();
            }
        }
        finishWhenDrained();
    }

    private void finishWhenDrained() {
        if (!ended || finished) {
            return;
        }
        for (ClientConnection connection : open) {
            if (connection.busy()) {
                return;
            }
        }
        finished = true;
        timeoutChecks.cancel(false);
        for (ClientConnection connection : open.toArray(new ClientConnection[0])) {
            connection.close();
        }
        result.complete(summary());
    }

    private StepResult summary() {
        long window = plan.window().toNanos();
        long elapsed = Math.max(window, lastCompletionNanos - schedule.startNanos());
        double achieved = completed * 1e9 / elapsed;
        boolean any = latencyMicros.getTotalCount() > 0;
        return new StepResult(plan.ratePerSecond(), achieved, window / 1e9, plan.connections(), sent, completed,
                any ? latencyMicros.getValueAtPercentile(50) : 0,
                any ? latencyMicros.getValueAtPercentile(90) : 0,
                any ? latencyMicros.getValueAtPercentile(99) : 0,
                any ? latencyMicros.getMaxValue() : 0,
                non2xx, timeouts, connectionErrors, schedule.total() - sent);
    }
}
