package dev.peregrine.queues.store;

/**
 * A queue's message counts at one moment; a queue that does not exist has zeros.
 *
 * @param claimed messages a live claim holds
 * @param free messages not claimed ({@code total - claimed})
 * @param total messages not yet expired, delayed ones included
 * @param oldest the oldest message, or {@code null} when there is none
 * @param newest the newest message, or {@code null} when there is none
 */
public record QueueStats(long claimed, long free, long total, StoredMessage oldest, StoredMessage newest) {
}
