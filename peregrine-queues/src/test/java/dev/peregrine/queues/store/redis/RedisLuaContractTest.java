package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.QueueStoreContract;
import dev.peregrine.queues.store.SettableClock;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The store contract on one redis-server, posting with the Lua script (the default). */
class RedisLuaContractTest extends QueueStoreContract {

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    /** The post mode under test. */
    RedisPostMode postMode() {
        return RedisPostMode.LUA;
    }

    @Override
    protected QueueStore newStore(SettableClock clock) {
        REDIS.server().flushAll();
        return RedisQueueStore.open(REDIS.server().address(), clock,
                RedisStoreSettings.defaults().withPostMode(postMode()).withGcInterval(Duration.ZERO));
    }
}
