package dev.peregrine.queues.store.redis;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives back the memory of expired messages and ended claims. Nothing waits for it: every read
 * judges expiry by the fields against the store's clock, and message and claim hashes also carry
 * a Redis TTL; what it removes are the index entries that would otherwise stay until their queue
 * is deleted, and hashes before their TTL.
 *
 * <p>It finds the queues by {@code SCAN}ning for queue hashes ({@code q{*}}; on a cluster, Lettuce
 * scans every master), then runs {@code collect_garbage.lua} on each queue, a batch at a time.
 */
final class GarbageCollector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GarbageCollector.class);
    private static final int BATCH = 1000;

    private final RedisClusterCommands<String, String> redis;
    private final LuaScript script;
    private final Clock clock;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private Thread thread;

    GarbageCollector(RedisClusterCommands<String, String> redis, LuaScript script, Clock clock) {
        this.redis = redis;
        this.script = script;
        this.clock = clock;
    }

    /** Collects every {@code interval} on a platform thread of its own, until closed. */
    void start(Duration interval) {
        thread = Thread.ofPlatform().daemon().name("peregrine-queues-redis-gc").start(() -> {
            try {
                while (!stopped.await(interval.toMillis(), TimeUnit.MILLISECONDS)) {
                    try {
                        GarbageCollected collected = collect();
                        LOG.debug("Redis garbage collection removed {}", collected);
                    } catch (RuntimeException e) {
                        LOG.warn("Redis garbage collection failed; trying again in {}", interval, e);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** Collects every queue once, now. */
    GarbageCollected collect() {
        long messages = 0;
        long claims = 0;
        ScanArgs queueHashes = ScanArgs.Builder.matches(QueueKeys.QUEUE_PREFIX + "*}").limit(BATCH);
        // NOTE: the next scan is given the previous cursor object itself: on a cluster it also
        // holds which master the scan is on.
        KeyScanCursor<String> cursor = redis.scan(queueHashes);
        while (true) {
            for (String queueKey : cursor.getKeys()) {
                QueueKeys queue = QueueKeys.ofQueueKey(queueKey);
                String[] keys = {queue.queue(), queue.messages(), queue.expiries(), queue.claimed(), queue.claims()};
                long removedMessages;
                long removedClaims;
                do {
                    List<Object> removed = script.run(redis, ScriptOutputType.MULTI, keys,
                            Long.toString(clock.instant().getEpochSecond()), Integer.toString(BATCH));
                    removedMessages = MessageReply.number(removed.get(0));
                    removedClaims = MessageReply.number(removed.get(1));
                    messages += removedMessages;
                    claims += removedClaims;
                } while (removedMessages == BATCH || removedClaims == BATCH);
            }
            if (cursor.isFinished()) {
                return new GarbageCollected(messages, claims);
            }
            cursor = redis.scan(cursor, queueHashes);
        }
    }

    @Override
    public void close() {
        stopped.countDown();
        if (thread != null) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
