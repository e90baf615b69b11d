package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.QueueStoreContract;
import dev.peregrine.queues.store.SettableClock;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on one redis-server, posting with the Lua script (the default). */
class RedisLuaContractTest extends QueueStoreContract {

    private static RedisServerProcess server;

    @BeforeAll
    static void startRedis(@TempDir Path directory) {
        server = RedisServerProcess.start(directory);
    }

    @AfterAll
    static void stopRedis() {
        server.close();
    }

    /** The post mode under test. */
    RedisPostMode postMode() {
        return RedisPostMode.LUA;
    }

    @Override
    protected QueueStore newStore(SettableClock clock) {
        server.flushAll();
        return RedisQueueStore.open(server.address(), clock,
                RedisStoreSettings.defaults().withPostMode(postMode()).withGcInterval(Duration.ZERO));
    }
}
