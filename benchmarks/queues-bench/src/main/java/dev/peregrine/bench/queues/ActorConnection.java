package dev.peregrine.bench.queues;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.timeout.ReadTimeoutException;
import io.netty.handler.timeout.ReadTimeoutHandler;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One actor's keep-alive HTTP/1.1 connection: sends the actor's requests one at a time, each timed
 * from its own write to the end of its own response, and replaces the connection when it fails. All
 * of it runs on the connection's event loop.
 *
 * <p>NOTE: zaqar-bench keeps one timer per process, which concurrent greenlets restart, so under
 * concurrency each latency it reports is from some other request's start. Here each request carries
 * its own send time.
 */
final class ActorConnection {
    /** How long to wait before reconnecting after a failure, so a dead server is not hammered. */
    private static final long RECONNECT_DELAY_MILLIS = 100;
    /** The largest response kept whole: a page of 20 messages at Zaqar's 256 KiB post limit fits easily. */
    private static final int MAX_RESPONSE_BYTES = 16 * 1024 * 1024;

    private final Actor actor;
    private final RoleStats stats;
    private final RunWindow window;
    private final Bootstrap bootstrap;
    private final Runnable onFinished;
    private ActorRequest inFlight;
    private long sentNanos;
    private boolean finished;

    /**
     * Prepares a connection; {@link #start()} opens it.
     *
     * @param actor      what to send
     * @param stats      where the actor's role counts its requests
     * @param window     when requests count and when to stop
     * @param template   a bootstrap with the event loop group, channel type and options set
     * @param timeoutNanos how long a request may go unanswered
     * @param onFinished called once, when the actor has stopped and its connection is closed
     */
    ActorConnection(Actor actor, RoleStats stats, RunWindow window, Bootstrap template, long timeoutNanos,
                    Runnable onFinished) {
        this.actor = actor;
        this.stats = stats;
        this.window = window;
        this.onFinished = onFinished;
        this.bootstrap = template.clone().handler(new ChannelInitializer<>() {
            @Override
            protected void initChannel(Channel channel) {
                channel.pipeline().addLast(new ReadTimeoutHandler(timeoutNanos, TimeUnit.NANOSECONDS),
                        new HttpResponseDecoder(), new HttpObjectAggregator(MAX_RESPONSE_BYTES), new Answers());
            }
        });
    }

    /** Connects; the actor's first request goes out as soon as the connection is up. */
    void start() {
        if (window.stopping()) {
            finish();
            return;
        }
        bootstrap.connect().addListener(connected -> {
            if (!connected.isSuccess()) {
                if (window.counts(System.nanoTime())) {
                    stats.connectionFailed();
                }
                reconnectLater();
            }
        });
    }

    private void reconnectLater() {
        if (window.stopping()) {
            finish();
            return;
        }
        bootstrap.config().group().schedule(this::start, RECONNECT_DELAY_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void sendNext(Channel channel) {
        if (window.stopping()) {
            channel.close();
            return;
        }
        inFlight = actor.next(ThreadLocalRandom.current());
        sentNanos = System.nanoTime();
        // PERF: the request's bytes are wrapped, not copied, and written with a void promise.
        channel.writeAndFlush(Unpooled.wrappedBuffer(inFlight.bytes()), channel.voidPromise());
    }

    private void finish() {
        if (!finished) {
            finished = true;
            onFinished.run();
        }
    }

    /** The handler of one channel; a new one per connection, since a replaced connection gets a new pipeline. */
    private final class Answers extends SimpleChannelInboundHandler<FullHttpResponse> {
        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            sendNext(ctx.channel());
        }

        @Override
        protected void channelRead0(ChannelHandlerContext ctx, FullHttpResponse response) {
            long now = System.nanoTime();
            ActorRequest request = inFlight;
            if (request == null) {
                return;
            }
            inFlight = null;
            if (response.decoderResult().isFailure()) {
                if (window.counts(sentNanos)) {
                    stats.connectionFailed();
                }
                ctx.close();
                return;
            }
            int messages = actor.answered(request, response);
            if (window.counts(sentNanos)) {
                stats.answered(request.operation(), response.status().code(), now - sentNanos, messages);
            } else {
                stats.answeredDuringWarmUp(response.status().code());
            }
            if (HttpUtil.isKeepAlive(response)) {
                sendNext(ctx.channel());
            } else {
                ctx.close();
            }
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            if (inFlight != null && window.counts(sentNanos)) {
                if (cause instanceof ReadTimeoutException) {
                    stats.timedOut();
                } else {
                    stats.connectionFailed();
                }
            }
            inFlight = null;
            ctx.close();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            if (inFlight != null && window.counts(sentNanos)) {
                stats.connectionFailed();
            }
            inFlight = null;
            reconnectLater();
        }
    }
}
