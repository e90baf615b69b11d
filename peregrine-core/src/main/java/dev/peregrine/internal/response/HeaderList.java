package dev.peregrine.internal.response;

import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Response headers: names kept in the case the application wrote them, looked up
 * case-insensitively, in the order first set. Set-Cookie lines stay separate; other repeated
 * headers are comma-joined when appended.
 */
public final class HeaderList {

    private String[] names = new String[8];
    private String[] values = new String[8];
    private int size;

    /** Sets a header, replacing every value it had. */
    public void set(String name, String value) {
        int index = indexOf(name, 0);
        if (index < 0) {
            add(name, value);
            return;
        }
        values[index] = value;
        removeFrom(name, index + 1);
    }

    /** Appends a value: a new line for Set-Cookie, otherwise joined to the existing value with ", ". */
    public void append(String name, String value) {
        int index = "Set-Cookie".equalsIgnoreCase(name) ? -1 : indexOf(name, 0);
        if (index < 0) {
            add(name, value);
        } else {
            values[index] = values[index] + ", " + value;
        }
    }

    /** Adds a line without looking for an existing one. */
    public void add(String name, String value) {
        if (size == names.length) {
            names = Arrays.copyOf(names, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        names[size] = name;
        values[size] = value;
        size++;
    }

    /** The first value of a header, or {@code null}. */
    public String get(String name) {
        int index = indexOf(name, 0);
        return index < 0 ? null : values[index];
    }

    /** Whether the header is present. */
    public boolean contains(String name) {
        return indexOf(name, 0) >= 0;
    }

    /** Removes every line of a header. */
    public void remove(String name) {
        removeFrom(name, 0);
    }

    /** How many lines there are. */
    public int size() {
        return size;
    }

    /** Calls {@code action} with each line's name and value, in order. */
    public void forEach(BiConsumer<String, String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], values[i]);
        }
    }

    /** The names, of which the first {@link #size()} are used; the array itself, not a copy. */
    public String[] names() {
        return names;
    }

    /** The values, index for index with {@link #names()}; the array itself, not a copy. */
    public String[] values() {
        return values;
    }

    /** The name of line {@code index}. */
    public String name(int index) {
        return names[index];
    }

    /** The value of line {@code index}. */
    public String value(int index) {
        return values[index];
    }

    private void removeFrom(String name, int start) {
        int write = start;
        for (int read = start; read < size; read++) {
            if (!names[read].equalsIgnoreCase(name)) {
                names[write] = names[read];
                values[write] = values[read];
                write++;
            }
        }
        Arrays.fill(names, write, size, null);
        Arrays.fill(values, write, size, null);
        size = write;
    }

    private int indexOf(String name, int start) {
        // PERF: responses carry a handful of headers; a linear, case-insensitive scan beats a map.
        for (int i = start; i < size; i++) {
            if (names[i].equalsIgnoreCase(name)) {
                return i;
            }
        }
        return -1;
    }
}
