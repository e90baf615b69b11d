package dev.peregrine.queues.store;

import java.util.List;

/**
 * A claim: messages a consumer took so that no other consumer takes them until it ends.
 *
 * @param id the claim id (a UUID)
 * @param ttl the claim's time to live in seconds
 * @param grace the seconds its messages outlive it, when the claim extended their lives
 * @param updated when it was created or last updated; its age is counted from here
 * @param expires when it ends ({@code updated + ttl})
 * @param messages the messages it holds that still exist, in queue order
 */
public record Claim(String id, int ttl, int grace, long updated, long expires, List<StoredMessage> messages) {
}
