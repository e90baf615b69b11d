package dev.peregrine.queues.store.redis;

/**
 * What one garbage collection of the Redis store removed.
 *
 * @param messages messages that had expired (their hashes, and their index entries, also those
 *     whose hash Redis had already dropped by its TTL)
 * @param claims claims that had ended
 */
public record GarbageCollected(long messages, long claims) {
}
