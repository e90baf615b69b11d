package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.StoredMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A message as the scripts answer it: an array of the id, then the hash fields {@code p} position,
 * {@code b} body, {@code cr} created, {@code t} ttl, {@code e} expires, {@code u} client id,
 * {@code d} delay until, {@code c} claim id (nil when none), {@code ce} claim end, {@code cc} claim count.
 */
final class MessageReply {

    private MessageReply() {
    }

    /** The message in one script array. */
    static StoredMessage decode(Object reply) {
        List<?> fields = (List<?>) reply;
        return new StoredMessage((String) fields.get(0), number(fields.get(1)), (String) fields.get(2),
                number(fields.get(3)), (int) number(fields.get(4)), number(fields.get(5)), (String) fields.get(6),
                number(fields.get(7)), (String) fields.get(8), number(fields.get(9)), (int) number(fields.get(10)));
    }

    /** The messages in an array of script arrays, in its order. */
    static List<StoredMessage> decodeAll(Object reply) {
        List<?> messages = (List<?>) reply;
        List<StoredMessage> decoded = new ArrayList<>(messages.size());
        for (Object message : messages) {
            decoded.add(decode(message));
        }
        return decoded;
    }

    /** A number as Redis holds it: decimal text (a hash field) or an integer (a Lua number). */
    static long number(Object value) {
        return switch (value) {
            case null -> 0;
            case Long integer -> integer;
            case String text -> Long.parseLong(text);
            default -> throw new IllegalStateException("Not a number in a Redis reply: " + value);
        };
    }
}
