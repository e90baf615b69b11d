package dev.peregrine;

import java.util.HashMap;
import java.util.Map;

/**
 * Per-request (or per-response) storage for values that middleware, hooks and responders hand
 * to each other, such as the authenticated user.
 */
public final class Context {

    private final Map<String, Object> values = new HashMap<>(8);

    /** An empty context; a request and a response each make theirs when first asked. */
    public Context() {
    }

    /** Stores a value under {@code key}, replacing any previous one. */
    public Context put(String key, Object value) {
        values.put(key, value);
        return this;
    }

    /** The value under {@code key}, or {@code null}. */
    public Object get(String key) {
        return values.get(key);
    }

    /**
     * The value under {@code key} as {@code type}, or {@code null} when absent.
     *
     * @throws ClassCastException when the stored value has another type
     */
    public <T> T get(String key, Class<T> type) {
        return type.cast(values.get(key));
    }

    /** Whether a value is stored under {@code key}. */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** Removes the value under {@code key}, returning it or {@code null}. */
    public Object remove(String key) {
        return values.remove(key);
    }

    @Override
    public String toString() {
        return "Context" + values;
    }
}
