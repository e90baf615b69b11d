package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.MetadataJson;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueuePage;
import dev.peregrine.queues.store.QueueSummary;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Each project's queue names, in a sorted set of its own ({@link QueueKeys#projectIndex}) whose
 * members all score 0, so that they sort by name. It lives in the project's slot, not the
 * queue's, so it is updated in a step of its own beside each queue's creation and deletion; every
 * step is idempotent.
 */
final class ProjectIndex {

    private static final long METADATA_TIMEOUT_SECONDS = 10;

    private final RedisClusterCommands<String, String> redis;
    private final RedisClusterAsyncCommands<String, String> pipelined;

    ProjectIndex(RedisClusterCommands<String, String> redis, RedisClusterAsyncCommands<String, String> pipelined) {
        this.redis = redis;
        this.pipelined = pipelined;
    }

    /** Lists the queue in its project's index (again, if it was already there). */
    void add(QueueId queue) {
        redis.zadd(QueueKeys.projectIndex(queue.project()), 0, queue.name());
    }

    /** Takes the queue out of its project's index. */
    void remove(QueueId queue) {
        redis.zrem(QueueKeys.projectIndex(queue.project()), queue.name());
    }

    /** Up to {@code limit} of the project's queues after {@code marker} (or from the first), by name. */
    // PERF: with details, one HGET per queue (their hashes are in slots of their own), all sent
    // before the first answer is awaited: one round trip, not one per queue.
    QueuePage page(String project, String marker, int limit, boolean detailed) {
        Range<String> after = Range.from(marker == null ? Range.Boundary.unbounded() : Range.Boundary.excluding(marker),
                Range.Boundary.unbounded());
        List<String> names = redis.zrangebylex(QueueKeys.projectIndex(project), after, Limit.create(0, limit));
        List<RedisFuture<String>> metadata = new ArrayList<>(detailed ? names.size() : 0);
        if (detailed) {
            for (String name : names) {
                metadata.add(pipelined.hget(QueueKeys.of(new QueueId(project, name)).queue(), "m"));
            }
        }
        List<QueueSummary> queues = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String json = detailed
                    ? LettuceFutures.awaitOrCancel(metadata.get(i), METADATA_TIMEOUT_SECONDS, TimeUnit.SECONDS) : null;
            queues.add(new QueueSummary(names.get(i), !detailed ? null : json == null ? Map.of() : MetadataJson.read(json)));
        }
        return new QueuePage(queues, queues.isEmpty() ? null : queues.getLast().name());
    }

    /** How many queues the project has. */
    long count(String project) {
        return redis.zcard(QueueKeys.projectIndex(project));
    }
}
