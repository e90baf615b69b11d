package dev.peregrine.queues.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.QueueStoreContract;
import dev.peregrine.queues.store.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on a three-master Redis Cluster, posting with the Lua script. */
class RedisClusterContractTest extends QueueStoreContract {

    private static RedisClusterProcesses cluster;

    @BeforeAll
    static void startCluster(@TempDir Path directory) {
        cluster = RedisClusterProcesses.start(directory);
    }

    @AfterAll
    static void stopCluster() {
        cluster.close();
    }

    @Override
    protected QueueStore newStore(SettableClock clock) {
        cluster.flushAll();
        return RedisQueueStore.open(cluster.address(), clock, RedisStoreSettings.defaults().withGcInterval(Duration.ZERO));
    }

    @Test
    void queuesSpreadOverTheMastersAndStillListTogether() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            QueueId queue = new QueueId("spread", "queue-" + i);
            names.add(queue.name());
            store().post(queue, CLIENT, List.of(new NewMessage("{}", TTL, 0)));
            assertEquals(1, store().stats(queue).total());
        }

        long mastersWithKeys = cluster.keyCounts().stream().filter(count -> count > 0).count();
        assertTrue(mastersWithKeys >= 2, "keys on " + cluster.keyCounts());
        assertEquals(names.stream().sorted().toList(), queueNames(store().listQueues("spread", null, 20, false)));
    }

    @Test
    void garbageCollectionReachesTheQueuesOnEveryMaster() {
        for (int i = 0; i < 12; i++) {
            store().post(new QueueId("spread", "queue-" + i), CLIENT, List.of(new NewMessage("{}", 60, 0)));
        }
        clock().advanceSeconds(60);

        assertEquals(new GarbageCollected(12, 0), ((RedisQueueStore) store()).gc());
    }
}
