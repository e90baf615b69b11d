package dev.peregrine.queues.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.StoreUnavailableException;
import dev.peregrine.queues.store.StoredMessage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: redis-server, with {@code appendfsync always}, is killed with SIGKILL in the middle
 * of a load of posts and restarted from its append-only file on the same port; every message
 * whose post had returned is there afterwards.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RedisCrashTest {

    private static final QueueId QUEUE = new QueueId("crash", "acknowledged");
    private static final int POSTERS = 16;
    private static final int ACKS_BEFORE_KILL = 3_000;

    @TempDir
    Path directory;

    @Test
    void everyMessageAcknowledgedBeforeASigkillOfRedisIsThereAfterItsRestart() throws Exception {
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicBoolean stop = new AtomicBoolean();
        RedisStoreSettings settings = RedisStoreSettings.defaults().withGcInterval(Duration.ZERO);
        try (RedisServerProcess redis = RedisServerProcess.start(directory, "--appendfsync", "always")) {
            try (RedisQueueStore store = RedisQueueStore.open(redis.address(), Clock.systemUTC(), settings);
                    ExecutorService posters = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> running = new ArrayList<>();
                for (int p = 0; p < POSTERS; p++) {
                    int poster = p;
                    running.add(posters.submit(() -> post(store, poster, acknowledged, stop)));
                }
                while (acknowledged.size() < ACKS_BEFORE_KILL) {
                    assertTrue(running.stream().noneMatch(Future::isDone), "a poster stopped before the kill");
                    Thread.sleep(5);
                }
                redis.kill();
                stop.set(true);
                for (Future<?> poster : running) {
                    poster.get();
                }
            }
            redis.restart();

            try (RedisQueueStore store = RedisQueueStore.open(redis.address(), Clock.systemUTC(), settings)) {
                List<String> ids = new ArrayList<>(acknowledged);
                Set<String> stored = new HashSet<>();
                for (int from = 0; from < ids.size(); from += 100) {
                    for (StoredMessage message : store.getAll(QUEUE, ids.subList(from, Math.min(ids.size(), from + 100)))) {
                        stored.add(message.id());
                    }
                }
                Set<String> lost = new HashSet<>(acknowledged);
                lost.removeAll(stored);
                assertEquals(Set.of(), lost, "acknowledged but lost");
                assertTrue(store.stats(QUEUE).total() >= acknowledged.size());
            }
        }
    }

    /** Posts until stopped or until Redis fails it, adding every acknowledged id. */
    private static Void post(RedisQueueStore store, int poster, Set<String> acknowledged, AtomicBoolean stop) {
        for (long n = 0; !stop.get(); n++) {
            int count = 1 + (int) (n % 3);
            try {
                acknowledged.addAll(store.post(QUEUE, "poster", Collections.nCopies(count,
                        new NewMessage("{\"poster\":" + poster + ",\"n\":" + n + "}", 3600, 0))));
            } catch (StoreUnavailableException e) {
                // NOTE: Redis was killed: this post was not acknowledged, and neither will the next be.
                return null;
            }
        }
        return null;
    }
}
