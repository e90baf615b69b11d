package dev.peregrine.queues.store;

import java.util.Map;

/**
 * A queue as a listing shows it.
 *
 * @param name the queue's name
 * @param metadata its stored metadata, or {@code null} when the listing was not detailed
 */
public record QueueSummary(String name, Map<String, Object> metadata) {
}
