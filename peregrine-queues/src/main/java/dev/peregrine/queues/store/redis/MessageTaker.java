package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.DeadLetterPolicy;
import dev.peregrine.queues.store.MetadataJson;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.StoredMessage;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes the oldest claimable messages of a queue for a claim or a pop ({@code take_messages.lua},
 * which tests each candidate on its own), and moves the ones its {@link DeadLetterPolicy} says
 * have been claimed enough to the dead-letter queue.
 *
 * <p>A move crosses queues, so on a cluster it crosses slots: it is two steps. The script holds
 * the message under the new claim (no other claim takes it meanwhile); {@code add_dead_letter.lua}
 * adds it, unclaimed, to the dead-letter queue; then it is deleted from its queue. The add is
 * idempotent by message id, so a move that failed between the steps and is made again by a later
 * claim never duplicates the message.
 */
final class MessageTaker {

    /**
     * What a take did.
     *
     * @param claimId the id of the claim the messages were taken by
     * @param now when
     * @param taken the messages taken, in queue order, as the claim left them
     */
    record Take(String claimId, long now, List<StoredMessage> taken) {
    }

    private final RedisClusterCommands<String, String> redis;
    private final StoreScripts scripts;
    private final ProjectIndex index;

    MessageTaker(RedisClusterCommands<String, String> redis, StoreScripts scripts, ProjectIndex index) {
        this.redis = redis;
        this.scripts = scripts;
        this.index = index;
    }

    /** Takes up to {@code limit} messages at {@code now}; with {@code pop}, deletes them as it takes them. */
    Take take(QueueId queue, int limit, int ttl, int grace, boolean pop, long now) {
        if (limit < 1 || ttl < 1 || grace < 0) {
            throw new IllegalArgumentException("A claim needs limit >= 1, ttl >= 1 and grace >= 0; got limit " + limit
                    + ", ttl " + ttl + ", grace " + grace);
        }
        QueueKeys keys = QueueKeys.of(queue);
        String claimId = UUID.randomUUID().toString();
        Optional<DeadLetterPolicy> policy = deadLetterPolicy(queue, keys);
        List<Object> reply = scripts.take().run(redis, ScriptOutputType.MULTI,
                new String[] {keys.queue(), keys.messages(), keys.expiries(), keys.claimed(), keys.claims()},
                Long.toString(now), Integer.toString(limit), claimId, Integer.toString(ttl), Integer.toString(grace),
                Long.toString(RedisQueueStore.TTL_MARGIN_SECONDS),
                Integer.toString(policy.map(DeadLetterPolicy::maxClaimCount).orElse(0)), pop ? "1" : "0",
                Integer.toString(RedisQueueStore.SCAN_BOUND));
        for (StoredMessage message : MessageReply.decodeAll(reply.get(1))) {
            moveToDeadLetters(queue, keys, message, policy.orElseThrow(), now);
        }
        return new Take(claimId, now, MessageReply.decodeAll(reply.get(0)));
    }

    // NOTE: one HGET before the script, which reads the policy with the same Java code as every
    // store; a queue that names itself as its dead-letter queue has none (a move would delete).
    private Optional<DeadLetterPolicy> deadLetterPolicy(QueueId queue, QueueKeys keys) {
        String metadata = redis.hget(keys.queue(), "m");
        if (metadata == null) {
            return Optional.empty();
        }
        return DeadLetterPolicy.of(MetadataJson.read(metadata))
                .filter(policy -> !policy.queueName().equals(queue.name()));
    }

    private void moveToDeadLetters(QueueId queue, QueueKeys keys, StoredMessage message, DeadLetterPolicy policy,
            long now) {
        QueueId target = new QueueId(queue.project(), policy.queueName());
        QueueKeys targetKeys = QueueKeys.of(target);
        long created = scripts.addDeadLetter().run(redis, ScriptOutputType.INTEGER,
                new String[] {targetKeys.queue(), targetKeys.counter(), targetKeys.messages(), targetKeys.expiries()},
                Long.toString(now), Long.toString(RedisQueueStore.TTL_MARGIN_SECONDS), message.id(),
                message.bodyJson(), Long.toString(message.created()), Integer.toString(message.ttl()),
                Long.toString(message.expires()), message.clientId(), Long.toString(message.delayUntil()),
                policy.messageTtl() == null ? "" : Integer.toString(policy.messageTtl()));
        if (created == 1) {
            index.add(target);
        }
        scripts.deleteMessages().run(redis, ScriptOutputType.INTEGER,
                new String[] {keys.queue(), keys.messages(), keys.expiries(), keys.claimed()}, message.id());
    }
}
