package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.QueueStoreConcurrencyContract;
import dev.peregrine.queues.store.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The concurrency contract on a three-master Redis Cluster. */
class RedisClusterConcurrencyTest extends QueueStoreConcurrencyContract {

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
}
