package dev.peregrine.queues.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.ListQuery;
import dev.peregrine.queues.store.MessagePage;
import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.SettableClock;
import dev.peregrine.queues.store.StoredMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * WATCH/MULTI posting under contention: producers posting to one queue at once make each other's
 * EXEC abort, and the store retries those posts without losing or repeating a message.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class RedisWatchMultiRetryTest {

    private static final QueueId QUEUE = new QueueId("project", "contended");
    private static final int PRODUCERS = 16;
    private static final int POSTS_PER_PRODUCER = 100;
    private static final int MESSAGES_PER_POST = 3;

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @Test
    void concurrentPostsToOneQueueRetryAndKeepEveryMessageOnceInPostOrder() throws Exception {
        RedisStoreSettings settings = RedisStoreSettings.defaults().withPostMode(RedisPostMode.WATCH_MULTI)
                .withGcInterval(Duration.ZERO);
        try (RedisQueueStore store = RedisQueueStore.open(REDIS.server().address(),
                new SettableClock(Instant.parse("2026-12-06T12:00:00Z")), settings);
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Map<String, String> bodyById = new ConcurrentHashMap<>();
            List<Future<?>> producers = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                int producer = p;
                producers.add(threads.submit(() -> {
                    for (int s = 0; s < POSTS_PER_PRODUCER; s++) {
                        List<NewMessage> messages = new ArrayList<>();
                        for (int m = 0; m < MESSAGES_PER_POST; m++) {
                            messages.add(new NewMessage("[" + producer + "," + (s * MESSAGES_PER_POST + m) + "]", 3600, 0));
                        }
                        List<String> ids = store.post(QUEUE, "producer", messages);
                        for (int m = 0; m < ids.size(); m++) {
                            bodyById.put(ids.get(m), messages.get(m).bodyJson());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> producer : producers) {
                producer.get();
            }

            assertTrue(store.postRetries() > 0, "no EXEC was aborted, so nothing was retried");
            List<StoredMessage> stored = readAll(store);
            int total = PRODUCERS * POSTS_PER_PRODUCER * MESSAGES_PER_POST;
            assertEquals(total, stored.size());
            Set<String> ids = new HashSet<>();
            Map<Integer, Integer> nextSequence = new HashMap<>();
            for (StoredMessage message : stored) {
                assertTrue(ids.add(message.id()), "stored twice: " + message.id());
                assertEquals(bodyById.get(message.id()), message.bodyJson(), "a message whose post returned");
                String[] producerAndSequence = message.bodyJson().substring(1, message.bodyJson().length() - 1).split(",");
                int producer = Integer.parseInt(producerAndSequence[0]);
                int expected = nextSequence.merge(producer, 1, Integer::sum) - 1;
                assertEquals(expected, Integer.parseInt(producerAndSequence[1]), "producer " + producer + "'s order");
            }
            assertEquals(total, store.stats(QUEUE).total());
            assertEquals(stored.getFirst().position() + total - 1, stored.getLast().position(), "positions have gaps");
        }
    }

    private static List<StoredMessage> readAll(RedisQueueStore store) {
        List<StoredMessage> all = new ArrayList<>();
        String marker = null;
        while (true) {
            MessagePage page = store.list(QUEUE, new ListQuery(marker, 20, "reader", true, true, true));
            if (page.messages().isEmpty()) {
                return all;
            }
            all.addAll(page.messages());
            marker = page.nextMarker();
        }
    }
}
