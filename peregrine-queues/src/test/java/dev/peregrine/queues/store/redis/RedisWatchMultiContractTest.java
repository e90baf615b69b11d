package dev.peregrine.queues.store.redis;

/** The store contract on one redis-server, posting with WATCH/MULTI/EXEC. */
class RedisWatchMultiContractTest extends RedisLuaContractTest {

    @Override
    RedisPostMode postMode() {
        return RedisPostMode.WATCH_MULTI;
    }
}
