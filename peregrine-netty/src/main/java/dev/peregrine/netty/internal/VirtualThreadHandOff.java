package dev.peregrine.netty.internal;

import io.netty.util.concurrent.EventExecutor;
import java.util.ArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;

/**
 * Starts an event loop's request batches on virtual threads, one per batch, but hands them over
 * together once the loop has read every connection that was ready, instead of one at a time.
 *
 * <p>PERF: waking the virtual-thread scheduler from the event loop costs a system call, lets the
 * carrier thread take the core from the event loop at once, and makes the carrier spin for a
 * while before it sleeps again when it runs out of work. Done per batch, that spinning alone
 * took a sixth of the server's CPU at 64 connections. Here the loop wakes the scheduler once per
 * read cycle: it starts one virtual thread that starts the cycle's other batches from the
 * carrier (a push onto the carrier's own queue, no wake-up) and then serves the first batch
 * itself. Every batch still has a virtual thread of its own, so a responder that blocks holds up
 * only its own connection.
 *
 * <p>One per event loop, used on that loop only; each cycle's list passes whole to the thread
 * that starts it.
 */
final class VirtualThreadHandOff implements Executor, Runnable {

    private final EventExecutor loop;
    private final ThreadFactory virtual;
    private ArrayList<Runnable> batches = new ArrayList<>();

    VirtualThreadHandOff(EventExecutor loop, ThreadFactory virtual) {
        this.loop = loop;
        this.virtual = virtual;
    }

    /** Queues {@code batch} to start when the loop's current read cycle ends. Event loop. */
    @Override
    public void execute(Runnable batch) {
        batches.add(batch);
        if (batches.size() == 1) {
            try {
                // PERF: posted from the loop itself, the task runs after this cycle's reads, without a wake-up.
                loop.execute(this);
            } catch (RejectedExecutionException stopped) {
                // NOTE: the event loop is shutting down; the batch must still be answered or abandoned.
                run();
            }
        }
    }

    /** Hands the cycle's batches over: one virtual thread starts the rest and serves the first. Event loop. */
    @Override
    public void run() {
        ArrayList<Runnable> cycle = batches;
        batches = new ArrayList<>(Math.max(4, cycle.size()));
        virtual.newThread(() -> {
            for (int i = 1; i < cycle.size(); i++) {
                virtual.newThread(cycle.get(i)).start();
            }
            cycle.get(0).run();
        }).start();
    }
}
