package dev.peregrine.bench.loadgen;

import io.netty.channel.Channel;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs open-loop steps one after another on a single event loop thread (epoll where the platform has
 * it), each with fresh connections.
 */
public final class RateSweep implements AutoCloseable {
    /** Extra time a step may take beyond its window and drain before the sweep gives up on it. */
    private static final Duration STEP_GRACE = Duration.ofSeconds(30);

    private final EventLoopGroup group;
    private final Class<? extends Channel> channelType;

    /** Starts the sweep's event loop thread. */
    public RateSweep() {
        if (Epoll.isAvailable()) {
            group = new MultiThreadIoEventLoopGroup(1, EpollIoHandler.newFactory());
            channelType = EpollSocketChannel.class;
        } else {
            group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
            channelType = NioSocketChannel.class;
        }
    }

    /**
     * Runs one step and waits for it.
     *
     * @param plan   the rate, window, connections and timeout
     * @param target the request and where to send it
     * @return what the step measured
     * @throws IllegalStateException when the step does not finish in time or fails
     */
    public StepResult step(StepPlan plan, TargetRequest target) {
        EventLoop loop = group.next();
        Duration limit = plan.window().plus(plan.timeout()).plus(STEP_GRACE);
        try {
            return new OpenLoopStep(plan, target, loop, channelType).run().get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the " + plan.ratePerSecond() + " req/s step did not finish within " + limit, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the " + plan.ratePerSecond() + " req/s step failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during the " + plan.ratePerSecond() + " req/s step", e);
        }
    }

    /** Stops the event loop thread. */
    @Override
    public void close() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
