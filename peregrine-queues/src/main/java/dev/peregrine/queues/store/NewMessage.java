package dev.peregrine.queues.store;

/**
 * A message to post.
 *
 * @param bodyJson the body, as JSON text (any JSON value, {@code null} included); stored and
 *     returned as it is
 * @param ttl seconds it lives, from its post
 * @param delay seconds before it may be listed (without {@code include_delayed}) or claimed
 */
public record NewMessage(String bodyJson, int ttl, int delay) {
}
