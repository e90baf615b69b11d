package dev.peregrine.internal.http;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small, thread-safe memo of parsed header values, in the spirit of Falcon's
 * {@code lru_cache} on media-type parsing. Clients send few distinct Accept values and
 * applications offer few media types, so most lookups hit.
 *
 * <p>Memory stays bounded however many distinct values arrive: long values are never kept, and
 * the whole memo is dropped when it fills up, which is cheaper than tracking recency.
 */
final class ParsedValueCache<V> {

    private static final int MAX_KEY_LENGTH = 512;

    private final int capacity;
    private final ConcurrentHashMap<String, V> values;

    ParsedValueCache(int capacity) {
        this.capacity = capacity;
        this.values = new ConcurrentHashMap<>(capacity * 2);
    }

    /** The parsed form of {@code key}, parsing it with {@code parser} on a miss; parse errors propagate. */
    V get(String key, Function<String, V> parser) {
        V value = values.get(key);
        if (value == null) {
            value = parser.apply(key);
            if (key.length() <= MAX_KEY_LENGTH) {
                if (values.size() >= capacity) {
                    values.clear();
                }
                values.put(key, value);
            }
        }
        return value;
    }
}
