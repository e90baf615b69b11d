package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.MetadataJson;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueuePage;
import dev.peregrine.queues.store.QueueSummary;
import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each project's queue names, in a sorted set of its own ({@link QueueKeys#projectIndex}) whose
 * members all score 0, so that they sort by name. It lives in the project's slot, not the
 * queue's, so it is updated in a step of its own beside each queue's creation and deletion; every
 * step is idempotent.
 */
final class ProjectIndex {

    private final RedisClusterCommands<String, String> redis;

    ProjectIndex(RedisClusterCommands<String, String> redis) {
        this.redis = redis;
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
    // NOTE: with details, one HGET per queue: the queues' hashes are in slots of their own.
    QueuePage page(String project, String marker, int limit, boolean detailed) {
        Range<String> after = Range.from(marker == null ? Range.Boundary.unbounded() : Range.Boundary.excluding(marker),
                Range.Boundary.unbounded());
        List<String> names = redis.zrangebylex(QueueKeys.projectIndex(project), after, Limit.create(0, limit));
        List<QueueSummary> queues = new ArrayList<>(names.size());
        for (String name : names) {
            Map<String, Object> metadata = null;
            if (detailed) {
                String json = redis.hget(QueueKeys.of(new QueueId(project, name)).queue(), "m");
                metadata = json == null ? Map.of() : MetadataJson.read(json);
            }
            queues.add(new QueueSummary(name, metadata));
        }
        return new QueuePage(queues, queues.isEmpty() ? null : queues.getLast().name());
    }

    /** How many queues the project has. */
    long count(String project) {
        return redis.zcard(QueueKeys.projectIndex(project));
    }
}
