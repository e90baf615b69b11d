package dev.peregrine.queues.store.redis;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One of the store's Lua scripts, read from its {@code .lua} resource beside this class, loaded
 * into Redis once and called by its SHA1 digest.
 */
final class LuaScript {

    private final String name;
    private final String source;
    private volatile String sha;

    private LuaScript(String name, String source) {
        this.name = name;
        this.source = source;
    }

    /** The script in resource {@code name}.lua beside this class. */
    static LuaScript read(String name) {
        try (InputStream in = LuaScript.class.getResourceAsStream(name + ".lua")) {
            if (in == null) {
                throw new IllegalStateException("The Redis store's script " + name + ".lua is missing from its jar");
            }
            return new LuaScript(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Redis store's script " + name + ".lua", e);
        }
    }

    /** Loads the script (SCRIPT LOAD; on a cluster, into every master) and keeps its digest. */
    void load(RedisClusterCommands<String, String> redis) {
        sha = redis.scriptLoad(source);
    }

    /**
     * Runs the script by its digest (EVALSHA). A server that does not know it (restarted, flushed
     * with SCRIPT FLUSH, or a master that joined later) answers NOSCRIPT; the script is then sent
     * whole (EVAL), which runs it on the node that owns the keys and caches it there.
     */
    <T> T run(RedisClusterCommands<String, String> redis, ScriptOutputType output, String[] keys, String... args) {
        try {
            return redis.evalsha(sha, output, keys, args);
        } catch (RedisNoScriptException e) {
            return redis.eval(source, output, keys, args);
        }
    }

    @Override
    public String toString() {
        return name + ".lua";
    }
}
