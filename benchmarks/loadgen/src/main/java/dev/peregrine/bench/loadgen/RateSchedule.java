package dev.peregrine.bench.loadgen;

/**
 * When each request of one open-loop step is meant to be sent: request {@code i} at
 * {@code start + i / rate} seconds, whatever happened to the requests before it.
 *
 * <p>Because the intended times are a pure function of the index, the queue of requests that are
 * due but not yet sent is just the range {@code [sent, dueCount(now))}: nothing is stored per request.
 */
public final class RateSchedule {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long startNanos;
    private final long ratePerSecond;
    private final long total;

    /**
     * Creates a schedule.
     *
     * @param startNanos     the intended send time of the first request, on {@link System#nanoTime()}'s clock
     * @param ratePerSecond  the attempted rate, at least 1
     * @param durationNanos  how long the step schedules requests for
     */
    public RateSchedule(long startNanos, long ratePerSecond, long durationNanos) {
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("the attempted rate must be at least 1 request a second, not " + ratePerSecond);
        }
        this.startNanos = startNanos;
        this.ratePerSecond = ratePerSecond;
        this.total = durationNanos * ratePerSecond / NANOS_PER_SECOND;
    }

    /**
     * The intended send time of one request.
     *
     * @param index the request's index, from 0
     * @return its intended send time in nanoseconds
     */
    public long intendedNanos(long index) {
        return startNanos + index * NANOS_PER_SECOND / ratePerSecond;
    }

    /**
     * How many requests are due by a moment: those whose intended time is not after it, capped at {@link #total()}.
     *
     * @param nowNanos the moment, on {@link System#nanoTime()}'s clock
     * @return the number of due requests
     */
    public long dueCount(long nowNanos) {
        if (nowNanos < startNanos) {
            return 0;
        }
        // NOTE: intendedNanos(i) <= now  <=>  i < (now - start + 1) * rate / 1e9, rounded up; the
        // ceiling keeps this exactly consistent with intendedNanos's floor division.
        long due = ((nowNanos - startNanos + 1) * ratePerSecond + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
        return Math.min(due, total);
    }

    /**
     * The number of requests the whole step attempts.
     *
     * @return rate times duration
     */
    public long total() {
        return total;
    }

    /**
     * The intended send time of the first request.
     *
     * @return nanoseconds on {@link System#nanoTime()}'s clock
     */
    public long startNanos() {
        return startNanos;
    }
}
