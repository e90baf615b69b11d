package dev.peregrine.queues.store.redis;

import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.List;

/**
 * Every Lua script of the Redis store, one per operation that must be atomic on a queue. Each
 * script's header says what it is given in {@code KEYS} and {@code ARGV} and what it answers.
 */
record StoreScripts(LuaScript post, LuaScript list, LuaScript readMessages, LuaScript take, LuaScript readClaim,
        LuaScript renewClaim, LuaScript releaseClaim, LuaScript deleteMessage, LuaScript deleteMessages,
        LuaScript stats, LuaScript addDeadLetter, LuaScript dropContents, LuaScript replaceMetadata,
        LuaScript collectGarbage) {

    /** The scripts, read from their resources. */
    static StoreScripts read() {
        return new StoreScripts(LuaScript.read("post_messages"), LuaScript.read("list_messages"),
                LuaScript.read("read_messages"), LuaScript.read("take_messages"), LuaScript.read("read_claim"),
                LuaScript.read("renew_claim"), LuaScript.read("release_claim"), LuaScript.read("delete_message"),
                LuaScript.read("delete_messages"), LuaScript.read("queue_stats"), LuaScript.read("add_dead_letter"),
                LuaScript.read("drop_queue_contents"), LuaScript.read("replace_metadata"),
                LuaScript.read("collect_garbage"));
    }

    /** Loads every script into Redis. */
    void load(RedisClusterCommands<String, String> redis) {
        for (LuaScript script : List.of(post, list, readMessages, take, readClaim, renewClaim, releaseClaim,
                deleteMessage, deleteMessages, stats, addDeadLetter, dropContents, replaceMetadata, collectGarbage)) {
            script.load(redis);
        }
    }
}
