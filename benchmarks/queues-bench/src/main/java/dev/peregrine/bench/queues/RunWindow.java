package dev.peregrine.bench.queues;

/**
 * When requests count and when actors stop: a request counts when it was sent at or after the end of
 * the warm-up; once {@link #stop()} is called, no actor sends another one.
 */
final class RunWindow {
    private final long countFromNanos;
    private volatile boolean stopping;

    RunWindow(long countFromNanos) {
        this.countFromNanos = countFromNanos;
    }

    /** When counting starts, on the {@link System#nanoTime()} clock. */
    long countFromNanos() {
        return countFromNanos;
    }

    /** Whether a request sent at {@code sentNanos} counts: it was sent after the warm-up. */
    boolean counts(long sentNanos) {
        return sentNanos - countFromNanos >= 0;
    }

    /** Tells every actor to send nothing more; requests in flight are still answered and counted. */
    void stop() {
        stopping = true;
    }

    /** Whether actors must stop sending. */
    boolean stopping() {
        return stopping;
    }
}
