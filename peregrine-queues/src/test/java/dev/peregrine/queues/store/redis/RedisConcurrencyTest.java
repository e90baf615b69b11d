package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.QueueStoreConcurrencyContract;
import dev.peregrine.queues.store.SettableClock;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The concurrency contract on one redis-server, posting with the Lua script. */
class RedisConcurrencyTest extends QueueStoreConcurrencyContract {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    @Override
    protected QueueStore newStore(SettableClock clock) {
        REDIS.server().flushAll();
        return RedisQueueStore.open(REDIS.server().address(), clock, RedisStoreSettings.defaults().withGcInterval(Duration.ZERO));
    }
}
