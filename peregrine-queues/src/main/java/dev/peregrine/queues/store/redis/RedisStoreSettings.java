package dev.peregrine.queues.store.redis;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link RedisQueueStore} works, beside where its Redis is.
 *
 * @param postMode how messages are posted
 * @param gcInterval how often expired messages and ended claims are collected on a thread of the
 *     store's own; {@link Duration#ZERO} for never (then call {@link RedisQueueStore#gc()})
 * @param watchTimeout how long a {@link RedisPostMode#WATCH_MULTI} post retries before it gives up
 */
public record RedisStoreSettings(RedisPostMode postMode, Duration gcInterval, Duration watchTimeout) {

    /** The default garbage collection interval. */
    public static final Duration DEFAULT_GC_INTERVAL = Duration.ofSeconds(30);

    /** The default {@link #watchTimeout()}. */
    public static final Duration DEFAULT_WATCH_TIMEOUT = Duration.ofSeconds(5);

    /** @throws IllegalArgumentException when an interval is negative */
    public RedisStoreSettings {
        Objects.requireNonNull(postMode, "postMode");
        if (gcInterval.isNegative() || watchTimeout.isNegative()) {
            throw new IllegalArgumentException("Intervals cannot be negative: gc " + gcInterval + ", watch "
                    + watchTimeout);
        }
    }

    /** Lua posts, garbage collection every 30 seconds, WATCH retries for 5 seconds. */
    public static RedisStoreSettings defaults() {
        return new RedisStoreSettings(RedisPostMode.LUA, DEFAULT_GC_INTERVAL, DEFAULT_WATCH_TIMEOUT);
    }

    /** These settings with another post mode. */
    public RedisStoreSettings withPostMode(RedisPostMode mode) {
        return new RedisStoreSettings(mode, gcInterval, watchTimeout);
    }

    /** These settings with another garbage collection interval ({@link Duration#ZERO} for none). */
    public RedisStoreSettings withGcInterval(Duration interval) {
        return new RedisStoreSettings(postMode, interval, watchTimeout);
    }
}
