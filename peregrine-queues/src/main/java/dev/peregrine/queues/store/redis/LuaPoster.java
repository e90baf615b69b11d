package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.TimeOrderedIds;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.List;

/**
 * Posts with {@code post_messages.lua}: {@link RedisPostMode#LUA}, or with one {@code ZADD} per
 * message, {@link RedisPostMode#LUA_SINGLE_ZADDS}. Redis runs one script at a time, so concurrent
 * posts never interleave and never retry.
 */
final class LuaPoster implements MessagePoster {

    private static final int FIXED_ARGS = 4;
    private static final int ARGS_PER_MESSAGE = 4;

    private final RedisClusterCommands<String, String> redis;
    private final LuaScript script;
    private final String singleZadds;

    LuaPoster(RedisClusterCommands<String, String> redis, LuaScript script, boolean singleZadds) {
        this.redis = redis;
        this.script = script;
        this.singleZadds = singleZadds ? "1" : "0";
    }

    // PERF: the script's arguments go straight into one array, numbers as decimal text: no map, no
    // boxing; the script is called by its digest, so only the arguments cross the network.
    @Override
    public Posted post(QueueKeys queue, String clientId, List<NewMessage> messages, long now) {
        List<String> ids = TimeOrderedIds.next(messages.size());
        String[] args = new String[FIXED_ARGS + ARGS_PER_MESSAGE * messages.size()];
        args[0] = Long.toString(now);
        args[1] = clientId;
        args[2] = Long.toString(RedisQueueStore.TTL_MARGIN_SECONDS);
        args[3] = singleZadds;
        for (int i = 0; i < messages.size(); i++) {
            NewMessage message = messages.get(i);
            int at = FIXED_ARGS + ARGS_PER_MESSAGE * i;
            args[at] = ids.get(i);
            args[at + 1] = message.bodyJson();
            args[at + 2] = Integer.toString(message.ttl());
            args[at + 3] = Integer.toString(message.delay());
        }
        List<Object> reply = script.run(redis, ScriptOutputType.MULTI,
                new String[] {queue.queue(), queue.counter(), queue.messages(), queue.expiries()}, args);
        return new Posted(List.copyOf(ids), MessageReply.number(reply.get(1)) == 1);
    }
}
