package dev.peregrine.queues.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it; safe to read from any thread. */
public final class SettableClock extends Clock {

    private volatile Instant now;

    /** A clock standing at {@code start}. */
    public SettableClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock forward by {@code seconds}. */
    public void advanceSeconds(long seconds) {
        now = now.plus(Duration.ofSeconds(seconds));
    }

    /** The clock's time in whole UNIX seconds, as stores read it. */
    public long epochSecond() {
        return now.getEpochSecond();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("a SettableClock is always in UTC");
    }
}
