package dev.peregrine;

import dev.peregrine.internal.routing.MatchedFields;
import java.util.AbstractMap;
import java.util.AbstractSet;
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
 * <p>It is a view of what the router matched, made for the request.
 */
public final class PathFields {

    private final MatchedFields fields;
    private Map<String, Object> map;

    /** No fields, for tests of hooks and middleware that take path fields. */
    public PathFields() {
        this(new MatchedFields());
    }

    /** A view of what a router matched. */
    PathFields(MatchedFields fields) {
        this.fields = fields;
    }

    /** How many fields there are. */
    public int size() {
        return fields.size();
    }

    /** The name of the field at {@code index}, in template order. */
    public String name(int index) {
        return fields.name(index);
    }

    /** The percent-decoded text of the field at {@code index}. */
    public String text(int index) {
        return fields.text(index);
    }

    /** The converted value of the field at {@code index}. */
    public Object value(int index) {
        return fields.value(index);
    }

    /** Whether a field of this name was captured or put. */
    public boolean has(String name) {
        return fields.indexOf(name) >= 0;
    }

    /** The percent-decoded text of a field, or {@code null} when there is no such field. */
    public String get(String name) {
        int index = fields.indexOf(name);
        return index < 0 ? null : fields.text(index);
    }

    /** The converted value of a field, or {@code null} when there is no such field. */
    public Object value(String name) {
        int index = fields.indexOf(name);
        return index < 0 ? null : fields.value(index);
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
        int index = fields.indexOf(name);
        if (index < 0) {
            fields.add(name, String.valueOf(value), value);
        } else {
            fields.set(index, String.valueOf(value), value);
        }
    }

    /** The read-only map view of {@link #asMap()}. */
    private final class ValueMap extends AbstractMap<String, Object> {

        @Override
        public int size() {
            return fields.size();
        }

        @Override
        public boolean containsKey(Object key) {
            return key instanceof String name && fields.indexOf(name) >= 0;
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
                    return fields.size();
                }

                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < fields.size();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            if (next >= fields.size()) {
                                throw new NoSuchElementException();
                            }
                            int index = next++;
                            return new SimpleImmutableEntry<>(fields.name(index), fields.value(index));
                        }
                    };
                }
            };
        }
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
