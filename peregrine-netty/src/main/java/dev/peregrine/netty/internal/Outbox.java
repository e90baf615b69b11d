package dev.peregrine.netty.internal;

import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpContent;
import io.netty.util.ReferenceCountUtil;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What worker threads send to a connection, in order: responses, body chunks, and steps to run
 * on the event loop between them.
 *
 * <p>PERF: a worker never writes to the channel itself, which would post one task per write.
 * Items queue here and one drain task, posted only when none is pending, writes all of them and
 * then flushes once: a connection's pipelined responses leave in one system call, and a worker
 * costs the event loop one wake-up per batch.
 */
final class Outbox implements Runnable {

    /**
     * Bytes queued here above which a streaming worker waits, and a worker serving a batch of
     * pipelined requests hands the rest back to the connection instead of answering on.
     */
    static final long HIGH_WATER = 256 * 1024;

    private final ChannelHandlerContext ctx;
    private final ConcurrentLinkedQueue<Object> items = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean drainPosted = new AtomicBoolean();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition writable = lock.newCondition();
    private volatile boolean closed;
    private volatile boolean writerWaiting;

    Outbox(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    /** Queues a message for the pipeline to write, or a {@link Runnable} to run on the event loop in turn. */
    void post(Object item) {
        if (item instanceof HttpContent content) {
            queuedBytes.addAndGet(content.content().readableBytes());
        }
        items.add(item);
        if (closed) {
            releaseAll();
            return;
        }
        if (drainPosted.compareAndSet(false, true)) {
            runOnEventLoop(this);
        }
    }

    /**
     * Queues a whole response that the worker's next post will carry along: no drain is
     * scheduled for it alone. The worker must post again (its batch always ends with a step).
     *
     * <p>PERF: the event loop, woken by a drain, takes the shared core from the worker at once;
     * woken per response, it wrote and flushed a pipelined batch's responses one by one.
     */
    void postWithNext(Object item) {
        items.add(item);
        if (closed) {
            releaseAll();
        }
    }

    /** Drains on the event loop: writes every queued item, then flushes once. */
    @Override
    public void run() {
        drainPosted.set(false);
        Object item;
        while ((item = items.poll()) != null) {
            if (item instanceof Runnable step) {
                step.run();
            } else if (closed) {
                ReferenceCountUtil.release(item);
            } else {
                if (item instanceof HttpContent content) {
                    queuedBytes.addAndGet(-content.content().readableBytes());
                }
                ctx.write(item, ctx.voidPromise());
            }
        }
        if (!closed) {
            ctx.flush();
        }
        signalWriter();
    }

    /**
     * Waits until the connection can take more of a streamed body: few bytes queued here and the
     * channel writable. Called by the worker that streams.
     *
     * @throws IOException when the connection closed, so the stream should stop
     */
    void awaitWritable() throws IOException {
        lock.lock();
        try {
            // NOTE: announce the wait before checking, so a change made meanwhile is signalled.
            writerWaiting = true;
            while (!closed && (queuedBytes.get() > HIGH_WATER || !ctx.channel().isWritable())) {
                writable.await(1, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting to write the response", e);
        } finally {
            writerWaiting = false;
            lock.unlock();
        }
        if (closed) {
            throw new IOException("The client closed the connection");
        }
    }

    /**
     * Whether the client is behind: many streamed bytes wait here, or the channel's outbound
     * buffer is over its limit. Whole responses posted with {@link #postWithNext} are not counted
     * here; their worker counts them. Any thread.
     */
    boolean congested() {
        return queuedBytes.get() > HIGH_WATER || !ctx.channel().isWritable();
    }

    /** The channel's writability changed: wake a waiting writer. Event loop. */
    void writabilityChanged() {
        signalWriter();
    }

    /** The channel closed: drop what is queued and wake a waiting writer. */
    void close() {
        closed = true;
        releaseAll();
        signalWriter();
    }

    boolean isClosed() {
        return closed;
    }

    private void releaseAll() {
        Object item;
        while ((item = items.poll()) != null) {
            if (item instanceof Runnable step) {
                runOnEventLoop(step);
            } else {
                ReferenceCountUtil.release(item);
            }
        }
    }

    private void runOnEventLoop(Runnable task) {
        try {
            ctx.executor().execute(task);
        } catch (RejectedExecutionException stopped) {
            // NOTE: the server stopped and its event loops are gone; the connection is closed already.
            closed = true;
        }
    }

    private void signalWriter() {
        // PERF: only a streaming worker ever waits; skip the lock when none does.
        if (writerWaiting) {
            lock.lock();
            try {
                writable.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
