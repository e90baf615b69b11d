package dev.peregrine.examples.things;

import java.util.List;
import java.util.Map;

/** Where things are kept; may fail with {@link StorageException}. */
public interface StorageEngine {

    /** Up to {@code limit} things of a user, after {@code marker} (an id, or empty for the start). */
    List<Map<String, Object>> getThings(String userId, String marker, int limit);

    /** Stores a thing for a user and returns it with its new {@code id}. */
    Map<String, Object> addThing(String userId, Map<String, Object> thing);
}
