package dev.peregrine.queues.api.queues;

import dev.peregrine.errors.HttpError;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.api.ZaqarHooks;
import dev.peregrine.queues.store.DeadLetterPolicy;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A queue's metadata as the API sees it: the reserved keys Zaqar gives a meaning to, their
 * defaults, and the checks a PUT or PATCH must pass ({@code zaqar/transport/validation.py}
 * {@code queue_metadata_putting}). Any other key is the client's own and passes unchecked.
 */
public final class QueueMetadata {

    /** The TTL of the queue's messages that give none, in seconds. */
    public static final String DEFAULT_MESSAGE_TTL = "_default_message_ttl";
    /** The largest message POST body the queue takes, in bytes. */
    public static final String MAX_MESSAGES_POST_SIZE = "_max_messages_post_size";
    /** The delay of the queue's messages, in seconds; messages keep a {@code delay} only when it is set. */
    public static final String DEFAULT_MESSAGE_DELAY = "_default_message_delay";
    /** The queue that takes messages claimed {@link #MAX_CLAIM_COUNT} times. */
    public static final String DEAD_LETTER_QUEUE = DeadLetterPolicy.QUEUE;
    /** The TTL messages get when they move to the dead-letter queue, in seconds. */
    public static final String DEAD_LETTER_QUEUE_MESSAGES_TTL = DeadLetterPolicy.MESSAGE_TTL;
    /** How many times a message may be claimed before it moves to the dead-letter queue. */
    public static final String MAX_CLAIM_COUNT = DeadLetterPolicy.MAX_CLAIM_COUNT;
    /** Zaqar's switch for encrypting messages at rest, which this service does not do. */
    public static final String ENABLE_ENCRYPT_MESSAGES = "_enable_encrypt_messages";
    /** Zaqar's retry policy for subscriptions. */
    public static final String RETRY_POLICY = "_retry_policy";

    /** The keys a GET fills in, in Zaqar's order. */
    static final List<String> RESERVED = List.of(MAX_MESSAGES_POST_SIZE, DEFAULT_MESSAGE_TTL, DEFAULT_MESSAGE_DELAY,
            DEAD_LETTER_QUEUE, DEAD_LETTER_QUEUE_MESSAGES_TTL, MAX_CLAIM_COUNT, ENABLE_ENCRYPT_MESSAGES);

    private QueueMetadata() {
    }

    /**
     * {@code stored} with each reserved key that is absent or falsy (in Python's sense: null,
     * false, 0, empty) set to its default, as Zaqar's GET shows it.
     */
    public static Map<String, Object> withDefaults(Map<String, Object> stored, QueuesSettings settings) {
        Map<String, Object> shown = new LinkedHashMap<>(stored);
        fill(shown, MAX_MESSAGES_POST_SIZE, settings.maxMessagesPostSize());
        fill(shown, DEFAULT_MESSAGE_TTL, settings.defaultMessageTtl());
        fill(shown, DEFAULT_MESSAGE_DELAY, settings.defaultMessageDelay());
        fill(shown, DEAD_LETTER_QUEUE, null);
        fill(shown, DEAD_LETTER_QUEUE_MESSAGES_TTL, null);
        fill(shown, MAX_CLAIM_COUNT, null);
        fill(shown, ENABLE_ENCRYPT_MESSAGES, false);
        return shown;
    }

    private static void fill(Map<String, Object> metadata, String key, Object defaultValue) {
        if (isFalsy(metadata.get(key))) {
            metadata.put(key, defaultValue);
        }
    }

    /**
     * A reserved integer's value, or 0 when it is absent, falsy or not an integer (which the
     * checks below keep from being stored).
     */
    public static long positive(Map<String, Object> metadata, String key) {
        Object value = metadata.get(key);
        return isInteger(value) ? ((Number) value).longValue() : 0;
    }

    /**
     * Checks the reserved keys, in Zaqar's order and with its texts, except where noted.
     *
     * @param invalid makes the error for a description: the PUT and PATCH routes title it differently
     */
    public static void check(Map<String, Object> metadata, QueuesSettings settings, Function<String, HttpError> invalid) {
        Long ttl = integer(metadata, DEFAULT_MESSAGE_TTL, invalid);
        if (ttl != null && (ttl < QueuesSettings.MIN_MESSAGE_TTL || ttl > settings.maxMessageTtl())) {
            throw invalid.apply(DEFAULT_MESSAGE_TTL + " can not exceed " + settings.maxMessageTtl()
                    + " seconds, and must be at least " + QueuesSettings.MIN_MESSAGE_TTL + " seconds long.");
        }
        Long size = integer(metadata, MAX_MESSAGES_POST_SIZE, invalid);
        if (size != null && (size <= 0 || size > settings.maxMessagesPostSize())) {
            // NOTE: Zaqar's text, two spaces included.
            throw invalid.apply(MAX_MESSAGES_POST_SIZE + " can not exceed " + settings.maxMessagesPostSize()
                    + ",  and must be at least greater than 0.");
        }
        Long claims = integer(metadata, MAX_CLAIM_COUNT, invalid);
        if (claims != null && claims < 0) {
            // NOTE: Zaqar takes any integer; a negative count would move every message on its first claim.
            throw invalid.apply(MAX_CLAIM_COUNT + " must be at least 0.");
        }
        Long deadLetterTtl = integer(metadata, DEAD_LETTER_QUEUE_MESSAGES_TTL, invalid);
        if (deadLetterTtl != null
                && (deadLetterTtl < QueuesSettings.MIN_MESSAGE_TTL || deadLetterTtl > settings.maxMessageTtl())) {
            throw invalid.apply("The TTL for a message may not exceed " + settings.maxMessageTtl()
                    + " seconds, and must be at least " + QueuesSettings.MIN_MESSAGE_TTL + " seconds long.");
        }
        Long delay = integer(metadata, DEFAULT_MESSAGE_DELAY, invalid);
        if (delay != null && (delay < 0 || delay > settings.maxMessageDelay())) {
            throw invalid.apply("The TTL can not exceed " + settings.maxMessageDelay()
                    + " seconds, and must be at least 0 seconds long.");
        }
        Object encrypt = metadata.get(ENABLE_ENCRYPT_MESSAGES);
        if (encrypt != null && !(encrypt instanceof Boolean)) {
            throw invalid.apply(ENABLE_ENCRYPT_MESSAGES + " must be boolean.");
        }
        if (Boolean.TRUE.equals(encrypt)) {
            // NOTE: Zaqar would encrypt messages at rest; accepting the flag without doing it would mislead.
            throw invalid.apply("Messages are not encrypted by this service; " + ENABLE_ENCRYPT_MESSAGES
                    + " must be false.");
        }
        Object retryPolicy = metadata.get(RETRY_POLICY);
        if (retryPolicy != null && !(retryPolicy instanceof Map)) {
            throw invalid.apply("retry_policy must be a dict.");
        }
        Object deadLetterQueue = metadata.get(DEAD_LETTER_QUEUE);
        if (deadLetterQueue != null
                && !(deadLetterQueue instanceof String name && (name.isEmpty() || ZaqarHooks.isQueueName(name)))) {
            // NOTE: Zaqar does not check it; a name no queue can have would lose the messages moved there.
            throw invalid.apply(DEAD_LETTER_QUEUE + " must be a queue name: at most 64 ASCII letters, digits,"
                    + " underscores, dashes and dots.");
        }
    }

    /**
     * The integer under {@code key}, or {@code null} when absent or null. NOTE: Zaqar skips the
     * type test for falsy values and lets {@code true} pass as 1 (zaqar.md §6); here any other
     * type is refused.
     */
    private static Long integer(Map<String, Object> metadata, String key, Function<String, HttpError> invalid) {
        Object value = metadata.get(key);
        if (value == null) {
            return null;
        }
        if (!isInteger(value)) {
            throw invalid.apply(key + " must be integer.");
        }
        return ((Number) value).longValue();
    }

    private static boolean isInteger(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    /** Whether Python would take {@code value} for false: null, false, a zero, an empty string, list or map. */
    static boolean isFalsy(Object value) {
        return switch (value) {
            case null -> true;
            case Boolean b -> !b;
            case Number n -> n.doubleValue() == 0;
            case String s -> s.isEmpty();
            case Collection<?> c -> c.isEmpty();
            case Map<?, ?> m -> m.isEmpty();
            default -> false;
        };
    }
}
