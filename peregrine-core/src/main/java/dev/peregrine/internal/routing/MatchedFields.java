package dev.peregrine.internal.routing;

import java.util.Arrays;

/**
 * The fields a router captured from a path, in template order, each with its percent-decoded
 * text and its converted value: what {@code PathFields} shows the application. Routers fill it
 * with {@link #add} and undo a failed branch with {@link #truncate}.
 */
public final class MatchedFields {

    private static final int INITIAL_CAPACITY = 4;
    private static final String[] NO_STRINGS = {};
    private static final Object[] NO_VALUES = {};

    // PERF: templates without fields never allocate the arrays.
    private String[] names = NO_STRINGS;
    private String[] texts = NO_STRINGS;
    private Object[] values = NO_VALUES;
    private int size;

    /** How many fields there are. */
    public int size() {
        return size;
    }

    /** The name of the field at {@code index}. */
    public String name(int index) {
        checkIndex(index);
        return names[index];
    }

    /** The text of the field at {@code index}. */
    public String text(int index) {
        checkIndex(index);
        return texts[index];
    }

    /** The value of the field at {@code index}. */
    public Object value(int index) {
        checkIndex(index);
        return values[index];
    }

    /** The index of the field named {@code name}, or -1. */
    public int indexOf(String name) {
        // PERF: templates have a handful of fields; a linear scan beats hashing.
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Replaces the text and value of the field at {@code index}. */
    public void set(int index, String text, Object value) {
        checkIndex(index);
        texts[index] = text;
        values[index] = value;
    }

    /** Appends a field without looking for one of the same name. */
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

    /** Drops every field from {@code newSize} on, undoing a branch that failed. */
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

    private void checkIndex(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
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
