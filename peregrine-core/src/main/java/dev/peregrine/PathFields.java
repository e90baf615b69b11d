package dev.peregrine;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The fields a URI template captured from the request path, in template order.
 *
 * <p>Each field has its percent-decoded text and its converted value: for {@code {id:int}} and
 * the path {@code /things/42}, {@code get("id")} is {@code "42"} and {@code value("id")} is the
 * {@code Long} 42. Fields without a converter have their text as value. Before hooks and
 * middleware may {@link #put(String, Object) put} fields of their own, which responders then read.
 *
 * <p>Routers fill it with {@link #add(String, String, Object)} and undo a failed branch with
 * {@link #truncate(int)}.
 */
public final class PathFields {

    private static final int INITIAL_CAPACITY = 4;
    private static final String[] NO_STRINGS = {};
    private static final Object[] NO_VALUES = {};

    // PERF: templates without fields never allocate the arrays.
    private String[] names = NO_STRINGS;
    private String[] texts = NO_STRINGS;
    private Object[] values = NO_VALUES;
    private int size;
    private Map<String, Object> map;

    /** No fields yet; a router fills them while it matches a path. */
    public PathFields() {
    }

    /** How many fields there are. */
    public int size() {
        return size;
    }

    /** The name of the field at {@code index}, in template order. */
    public String name(int index) {
        checkIndex(index);
        return names[index];
    }

    /** The percent-decoded text of the field at {@code index}. */
    public String text(int index) {
        checkIndex(index);
        return texts[index];
    }

    /** The converted value of the field at {@code index}. */
    public Object value(int index) {
        checkIndex(index);
        return values[index];
    }

    /** Whether a field of this name was captured or put. */
    public boolean has(String name) {
        return indexOf(name) >= 0;
    }

    /** The percent-decoded text of a field, or {@code null} when there is no such field. */
    public String get(String name) {
        int index = indexOf(name);
        return index < 0 ? null : texts[index];
    }

    /** The converted value of a field, or {@code null} when there is no such field. */
    public Object value(String name) {
        int index = indexOf(name);
        return index < 0 ? null : values[index];
    }

    /**
     * The converted value of a field as {@code type}.
     *
     * @throws IllegalStateException when the field is missing or its value has another type,
     *     which is a bug in the application, not bad input
     */
    public <T> T value(String name, Class<T> type) {
        Object value = value(name);
        if (!type.isInstance(value)) {
            throw new IllegalStateException("Path field '" + name + "' is "
                    + (value == null ? "missing" : "a " + value.getClass().getSimpleName())
                    + ", not a " + type.getSimpleName() + "; check the route's template and converter");
        }
        return type.cast(value);
    }

    /** A field converted by {@code int}, as a {@code long}. */
    public long asLong(String name) {
        return value(name, Number.class).longValue();
    }

    /**
     * A field converted by {@code int}, as an {@code int}.
     *
     * @throws IllegalStateException when the value does not fit; bound it with {@code max=}
     */
    public int asInt(String name) {
        long value = asLong(name);
        if (value != (int) value) {
            throw new IllegalStateException("Path field '" + name + "' = " + value
                    + " does not fit an int; bound it in the template, for example {" + name + ":int(max=1000000)}");
        }
        return (int) value;
    }

    /**
     * The fields as a read-only map from name to converted value, in template order: the keyword
     * arguments Falcon passes a responder. It is a view, not a copy, so it shows later
     * {@link #put(String, Object) puts} too.
     * {@snippet :
     * // GET /things/42 on /things/{id:int}
     * req.pathFields().asMap(); // {id=42}, the Long 42
     * }
     */
    public Map<String, Object> asMap() {
        // PERF: one view per request at most, made on first use; it reads the arrays in place.
        if (map == null) {
            map = new ValueMap();
        }
        return map;
    }

    /** Sets a field's value, replacing one of the same name; its text becomes {@code String.valueOf(value)}. */
    public void put(String name, Object value) {
        int index = indexOf(name);
        if (index < 0) {
            add(name, String.valueOf(value), value);
        } else {
            texts[index] = String.valueOf(value);
            values[index] = value;
        }
    }

    /** Appends a field without looking for one of the same name. Routers call this while matching. */
    public void add(String name, String text, Object value) {
        if (size == names.length) {
            int capacity = Math.max(INITIAL_CAPACITY, size * 2);
            names = Arrays.copyOf(names, capacity);
            texts = Arrays.copyOf(texts, capacity);
            values = Arrays.copyOf(values, capacity);
        }
        names[size] = name;
        texts[size] = text;
        values[size] = value;
        size++;
    }

    /** Drops every field from {@code newSize} on; routers call this to undo a branch that failed. */
    public void truncate(int newSize) {
        if (newSize < 0 || newSize > size) {
            throw new IndexOutOfBoundsException(newSize);
        }
        for (int i = newSize; i < size; i++) {
            names[i] = null;
            texts[i] = null;
            values[i] = null;
        }
        size = newSize;
    }

    private int indexOf(String name) {
        // PERF: templates have a handful of fields; a linear scan beats hashing.
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
    }

    /** The read-only map view of {@link #asMap()}. */
    private final class ValueMap extends AbstractMap<String, Object> {

        @Override
        public int size() {
            return size;
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && indexOf(name) >= 0;
        }

        @Override
        public Object get(Object key) {
            return key instanceof String name ? value(name) : null;
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int index = next++;
                            return new SimpleImmutableEntry<>(names[index], values[index]);
                        }
                    };
                }
            };
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            out.append(i == 0 ? "" : ", ").append(names[i]).append('=').append(values[i]);
        }
        return out.append('}').toString();
    }
}
