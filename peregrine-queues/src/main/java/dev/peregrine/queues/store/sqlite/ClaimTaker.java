package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.Claim;
import dev.peregrine.queues.store.DeadLetterPolicy;
import dev.peregrine.queues.store.MetadataJson;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.StoredMessage;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Takes the oldest claimable messages of a queue for a claim or a pop, on the writer thread:
 * each candidate is tested on its own (never one held by a live claim, delayed or expired), and a
 * message its queue's {@link DeadLetterPolicy} says has been claimed enough moves to the
 * dead-letter queue, unclaimed, instead of being taken.
 */
final class ClaimTaker {

    // NOTE: a pop is a claim that ends a second later, whose messages are deleted before it does,
    // in the same transaction; no claim row is ever written for it.
    private static final int POP_CLAIM_TTL = 1;

    private ClaimTaker() {
    }

    /** Claims up to {@code limit} messages; empty when none could be taken. */
    static Optional<Claim> claim(Tables tables, QueueId queue, int limit, int ttl, int grace, long now)
            throws SQLException {
        QueueTable.Row row = tables.queues().find(queue);
        if (row == null) {
            return Optional.empty();
        }
        String claimId = UUID.randomUUID().toString();
        List<StoredMessage> taken = take(tables, queue, row, claimId, limit, ttl, grace, now);
        if (taken.isEmpty()) {
            return Optional.empty();
        }
        ClaimTable.Row claim = tables.claims().insert(row.key(), claimId, ttl, grace, now);
        return Optional.of(new Claim(claimId, ttl, grace, claim.updated(), claim.expires(), taken));
    }

    /** Takes up to {@code limit} messages off the queue and answers them as taken. */
    static List<StoredMessage> pop(Tables tables, QueueId queue, int limit, long now) throws SQLException {
        QueueTable.Row row = tables.queues().find(queue);
        if (row == null) {
            return List.of();
        }
        List<StoredMessage> taken =
                take(tables, queue, row, UUID.randomUUID().toString(), limit, POP_CLAIM_TTL, 0, now);
        for (StoredMessage message : taken) {
            tables.messages().deleteAt(row.key(), message.position());
        }
        return taken;
    }

    private static List<StoredMessage> take(Tables tables, QueueId queue, QueueTable.Row row, String claimId,
            int limit, int ttl, int grace, long now) throws SQLException {
        if (limit < 1 || ttl < 1 || grace < 0) {
            throw new IllegalArgumentException("A claim needs limit >= 1, ttl >= 1 and grace >= 0; got limit " + limit
                    + ", ttl " + ttl + ", grace " + grace);
        }
        MessageTable messages = tables.messages();
        Optional<DeadLetterPolicy> deadLetters = DeadLetterPolicy.of(MetadataJson.read(row.metadataJson()));
        int taken = 0;
        while (taken < limit) {
            int wanted = limit - taken;
            List<MessageTable.Candidate> candidates = messages.claimable(row.key(), wanted, now);
            for (MessageTable.Candidate candidate : candidates) {
                if (deadLetters.isPresent() && deadLetters.get().moves(candidate.claimCount())) {
                    moveToDeadLetters(tables, queue, row.key(), candidate.position(), deadLetters.get(), now);
                } else {
                    messages.claim(row.key(), candidate.position(), claimId, ttl, grace, now);
                    taken++;
                }
            }
            // NOTE: a moved message leaves room that the next oldest claimable message fills, so
            // a claim is only short when the queue has no more claimable messages.
            if (candidates.size() < wanted) {
                break;
            }
        }
        return taken == 0 ? List.of() : messages.ofClaim(row.key(), claimId, now);
    }

    private static void moveToDeadLetters(Tables tables, QueueId queue, long queueKey, long position,
            DeadLetterPolicy policy, long now) throws SQLException {
        QueueTable.Row target = tables.queues().findOrCreate(new QueueId(queue.project(), policy.queueName()), now);
        long targetPosition = tables.queues().reservePositions(target, 1);
        tables.messages().move(queueKey, position, target.key(), targetPosition, policy.messageTtl(), now);
    }
}
