package dev.peregrine.queues.store;

import java.util.Map;
import java.util.Optional;

/**
 * What a queue's metadata says about moving messages that keep coming back to a dead-letter
 * queue: a message already claimed {@code maxClaimCount} times moves there, unclaimed, instead of
 * being claimed again. Every store reads it the same way, from the reserved metadata keys.
 *
 * @param maxClaimCount how many claims a message may have ({@code _max_claim_count}), at least 1
 * @param queueName the dead-letter queue, in the same project ({@code _dead_letter_queue})
 * @param messageTtl the TTL a moved message gets ({@code _dead_letter_queue_messages_ttl}), or
 *     {@code null} to keep its own
 */
public record DeadLetterPolicy(int maxClaimCount, String queueName, Integer messageTtl) {

    /** The metadata key of {@link #maxClaimCount()}. */
    public static final String MAX_CLAIM_COUNT = "_max_claim_count";

    /** The metadata key of {@link #queueName()}. */
    public static final String QUEUE = "_dead_letter_queue";

    /** The metadata key of {@link #messageTtl()}. */
    public static final String MESSAGE_TTL = "_dead_letter_queue_messages_ttl";

    /**
     * The policy of a queue with this metadata: present when it has both a positive
     * {@value #MAX_CLAIM_COUNT} and a non-empty {@value #QUEUE}, as Zaqar reads them (a falsy
     * value is as good as none).
     */
    public static Optional<DeadLetterPolicy> of(Map<String, Object> metadata) {
        int maxClaimCount = positive(metadata.get(MAX_CLAIM_COUNT));
        if (maxClaimCount == 0 || !(metadata.get(QUEUE) instanceof String queueName) || queueName.isEmpty()) {
            return Optional.empty();
        }
        int messageTtl = positive(metadata.get(MESSAGE_TTL));
        return Optional.of(new DeadLetterPolicy(maxClaimCount, queueName, messageTtl == 0 ? null : messageTtl));
    }

    /** Whether a message claimed {@code claimCount} times moves instead of being claimed again. */
    public boolean moves(int claimCount) {
        return claimCount >= maxClaimCount;
    }

    private static int positive(Object value) {
        if (value instanceof Number number && number.longValue() > 0) {
            return (int) Math.min(number.longValue(), Integer.MAX_VALUE);
        }
        return 0;
    }
}
