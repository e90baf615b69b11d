package dev.peregrine.bench.queues;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One bench run: resets the queues, starts every actor on its own connection, lets them run through
 * the warm-up and the counted time while a progress line goes to standard error each second, then
 * stops them, waits for the requests in flight and summarises.
 *
 * {@snippet :
 * BenchOptions options = BenchOptions.parse("-s", "http://127.0.0.1:8888", "-pw", "20", "-cw", "5", "-t", "10");
 * BenchResult result = QueuesBench.run(options, WeightedMessages.builtIn(), System.err);
 * System.out.print(TextReport.render(result));
 * }
 *
 * <p>NOTE: every actor is one keep-alive connection on a shared Netty event loop (epoll where the
 * platform has it), not a thread. A request costs the client an encode (most are encoded once, up
 * front), a write and a parse of the answer, with no thread hand-off: thousands of actors share one
 * thread without a context switch per request, which leaves the cores to the server. Virtual threads
 * over blocking sockets would read more simply, but each request would park and unpark a virtual
 * thread and pass through the JDK's poller thread, costing more client CPU per request.
 */
public final class QueuesBench {
    /** How long, beyond the timeout, to wait for the last requests after the counted time ends. */
    private static final Duration DRAIN_GRACE = Duration.ofSeconds(5);

    private QueuesBench() {
    }

    /**
     * Runs the bench.
     *
     * @param options  what to run
     * @param messages what producers post
     * @param progress where the progress line goes each second
     * @return what was measured
     * @throws IllegalStateException when the queues cannot be reset or the actors do not stop
     * @throws InterruptedException  when interrupted
     */
    public static BenchResult run(BenchOptions options, WeightedMessages messages, PrintStream progress)
            throws InterruptedException {
        if (!options.skipQueueReset()) {
            new QueueReset(options).resetAll();
        }
        Map<Role, RoleStats> stats = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (options.actors(role) > 0) {
                stats.put(role, new RoleStats(role));
            }
        }
        boolean epoll = Epoll.isAvailable();
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(options.ioThreads(),
                epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory());
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("queues-bench-progress").daemon().factory());
        try {
            Bootstrap template = new Bootstrap().group(group)
                    .channel(epoll ? EpollSocketChannel.class : NioSocketChannel.class)
                    .option(ChannelOption.TCP_NODELAY, true)
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) Math.min(Integer.MAX_VALUE, options.timeout().toMillis()))
                    .remoteAddress(options.host(), options.port());
            Instant startedAt = Instant.now();
            long startNanos = System.nanoTime();
            RunWindow window = new RunWindow(startNanos + options.warmup().toNanos());
            CountDownLatch stopped = new CountDownLatch(options.producers() + options.consumers() + options.observers());
            List<ActorConnection> connections = connections(options, messages, stats, window, template, stopped::countDown);
            ProgressLine line = new ProgressLine(stats, window, startNanos, progress);
            ticker.scheduleAtFixedRate(line::tick, 1, 1, TimeUnit.SECONDS);
            connections.forEach(ActorConnection::start);

            sleepUntil(window.countFromNanos() + options.time().toNanos());
            window.stop();
            Duration drain = options.timeout().plus(DRAIN_GRACE);
            if (!stopped.await(drain.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(stopped.getCount() + " actors did not stop within " + drain.toSeconds()
                        + " s of the end of the run");
            }
            Duration counted = Duration.ofNanos(System.nanoTime() - window.countFromNanos());
            ticker.shutdownNow();
            line.tick();
            List<RoleResult> roles = new ArrayList<>();
            stats.forEach((role, roleStats) -> roles.add(roleStats.result(options.actors(role), counted)));
            return new BenchResult(options, startedAt, roles, line.timeline());
        } finally {
            ticker.shutdownNow();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly();
        }
    }

    private static List<ActorConnection> connections(BenchOptions options, WeightedMessages messages,
                                                     Map<Role, RoleStats> stats, RunWindow window, Bootstrap template,
                                                     Runnable onStopped) {
        List<ActorConnection> connections = new ArrayList<>();
        long timeoutNanos = options.timeout().toNanos();
        for (Role role : stats.keySet()) {
            for (int i = 0; i < options.actors(role); i++) {
                ZaqarRequests requests = new ZaqarRequests(options, UUID.randomUUID());
                Actor actor = switch (role) {
                    case PRODUCER -> new Producer(options, messages, requests);
                    case CONSUMER -> new Consumer(options, requests);
                    case OBSERVER -> new Observer(options, requests);
                };
                connections.add(new ActorConnection(actor, stats.get(role), window, template, timeoutNanos, onStopped));
            }
        }
        return connections;
    }

    private static void sleepUntil(long deadlineNanos) throws InterruptedException {
        for (long left = deadlineNanos - System.nanoTime(); left > 0; left = deadlineNanos - System.nanoTime()) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
