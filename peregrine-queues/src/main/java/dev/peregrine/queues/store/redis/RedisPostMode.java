package dev.peregrine.queues.store.redis;

/**
 * How the Redis store posts messages. Each gives the messages of one post consecutive positions
 * after every message posted before; they differ in how they keep concurrent posts apart.
 */
public enum RedisPostMode {

    /**
     * One Lua script reads the queue's position counter, writes the message hashes, adds them to
     * the index with one {@code ZADD} of n members, and sets the counter. The default.
     */
    LUA,

    /**
     * The optimistic way: {@code WATCH} the counter, {@code GET} it, then {@code MULTI}, the hashes,
     * {@code ZADD}, the counter, {@code EXEC}; a post whose {@code EXEC} a concurrent post aborted
     * is retried with fresh ids until a timeout. Needs a connection of its own per transaction,
     * so it runs on a small pool of dedicated connections; a single Redis server only.
     */
    WATCH_MULTI,

    /** As {@link #LUA}, but the script adds each message to the index with a {@code ZADD} of its own. */
    LUA_SINGLE_ZADDS;

    /**
     * The mode named {@code text}: {@code lua}, {@code watch-multi} or {@code lua-single-zadds}
     * (case and {@code -}/{@code _} do not matter).
     *
     * @throws IllegalArgumentException naming the modes when {@code text} is none of them
     */
    public static RedisPostMode parse(String text) {
        String name = text.strip().replace('-', '_');
        for (RedisPostMode mode : values()) {
            if (mode.name().equalsIgnoreCase(name)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("The Redis post mode must be lua, watch-multi or lua-single-zadds; got '"
                + text + "'");
    }
}
