package dev.peregrine.queues.store.redis;

/** The store contract on one redis-server, posting with a script that makes one ZADD per message. */
class RedisSingleZaddsContractTest extends RedisLuaContractTest {

    @Override
    RedisPostMode postMode() {
        return RedisPostMode.LUA_SINGLE_ZADDS;
    }
}
