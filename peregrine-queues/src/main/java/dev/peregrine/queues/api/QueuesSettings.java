package dev.peregrine.queues.api;

/**
 * The limits and defaults of the API: Zaqar's {@code [transport]} options (zaqar.md §1.5) with
 * Zaqar's defaults, plus the fixed minimums Zaqar hard-codes ({@link #MIN_MESSAGE_TTL}, ...).
 *
 * @param maxQueuesPerPage the largest {@code limit} of a queue listing ({@code max_queues_per_page})
 * @param maxMessagesPerPage the largest {@code limit} of a message listing, and the most {@code ids}
 *     of a bulk get or delete ({@code max_messages_per_page})
 * @param defaultPageSize the page size when {@code limit} is absent, for queue and message listings
 *     and claims (Zaqar's {@code DEFAULT_*_PER_PAGE} and {@code DEFAULT_MESSAGES_PER_CLAIM})
 * @param maxMessagesPerClaimOrPop the largest claim {@code limit} and {@code pop}
 * @param maxQueueMetadata the largest queue PUT or PATCH body, in bytes
 * @param maxMessagesPostSize the largest message POST body, in bytes; a queue's
 *     {@code _max_messages_post_size} may lower it
 * @param maxMessageTtl the longest message TTL, in seconds
 * @param maxMessageDelay the longest message delay, in seconds
 * @param maxClaimTtl the longest claim TTL, in seconds
 * @param maxClaimGrace the longest claim grace, in seconds
 * @param defaultMessageTtl the TTL of a message that gives none, when its queue has no
 *     {@code _default_message_ttl}
 * @param defaultClaimTtl the TTL of a claim that gives none
 * @param defaultClaimGrace the grace of a claim that gives none
 * @param defaultMessageDelay the {@code _default_message_delay} a queue reports when it has none
 * @param maxControlBodySize the largest body of the small documents Zaqar leaves unbounded (claim
 *     create and update, purge), in bytes; not a Zaqar option
 */
public record QueuesSettings(int maxQueuesPerPage, int maxMessagesPerPage, int defaultPageSize,
        int maxMessagesPerClaimOrPop, int maxQueueMetadata, int maxMessagesPostSize, int maxMessageTtl,
        int maxMessageDelay, int maxClaimTtl, int maxClaimGrace, int defaultMessageTtl, int defaultClaimTtl,
        int defaultClaimGrace, int defaultMessageDelay, int maxControlBodySize) {

    /** The shortest message TTL, in seconds (Zaqar's {@code MIN_MESSAGE_TTL}, not configurable). */
    public static final int MIN_MESSAGE_TTL = 60;
    /** The shortest claim TTL, in seconds. */
    public static final int MIN_CLAIM_TTL = 60;
    /** The shortest claim grace when a claim is created, in seconds. */
    public static final int MIN_CLAIM_GRACE = 60;
    /** The longest queue name. */
    public static final int MAX_QUEUE_NAME_LENGTH = 64;
    /** The longest {@code X-Project-ID}. */
    public static final int MAX_PROJECT_ID_LENGTH = 256;

    /**
     * Checks that every limit can be met.
     *
     * @throws IllegalArgumentException naming the setting and what it must be
     */
    public QueuesSettings {
        atLeast("maxQueuesPerPage", maxQueuesPerPage, 1);
        atLeast("maxMessagesPerPage", maxMessagesPerPage, 1);
        atLeast("defaultPageSize", defaultPageSize, 1);
        atLeast("maxMessagesPerClaimOrPop", maxMessagesPerClaimOrPop, 1);
        atLeast("maxQueueMetadata", maxQueueMetadata, 2);
        atLeast("maxMessagesPostSize", maxMessagesPostSize, 2);
        atLeast("maxMessageTtl", maxMessageTtl, MIN_MESSAGE_TTL);
        atLeast("maxMessageDelay", maxMessageDelay, 0);
        atLeast("maxClaimTtl", maxClaimTtl, MIN_CLAIM_TTL);
        atLeast("maxClaimGrace", maxClaimGrace, MIN_CLAIM_GRACE);
        within("defaultMessageTtl", defaultMessageTtl, MIN_MESSAGE_TTL, maxMessageTtl);
        within("defaultClaimTtl", defaultClaimTtl, MIN_CLAIM_TTL, maxClaimTtl);
        within("defaultClaimGrace", defaultClaimGrace, MIN_CLAIM_GRACE, maxClaimGrace);
        within("defaultMessageDelay", defaultMessageDelay, 0, maxMessageDelay);
        atLeast("maxControlBodySize", maxControlBodySize, 2);
    }

    /** Zaqar's defaults. */
    public static QueuesSettings defaults() {
        return new QueuesSettings(20, 20, 10, 20, 64 * 1024, 256 * 1024, 1_209_600, 900, 43_200, 43_200,
                3600, 300, 60, 0, 4096);
    }

    private static void atLeast(String name, int value, int min) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
    }

    private static void within(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be between " + min + " and " + max + ", got " + value);
        }
    }
}
