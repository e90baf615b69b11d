package dev.peregrine.queues.store;

/**
 * A message as stored. Times are whole UNIX seconds of the store's clock.
 *
 * @param id the message id (a UUID), unique within its queue
 * @param position where it stands in its queue: messages of one post are consecutive, in post
 *     order, and a later post always stands after an earlier one
 * @param bodyJson the body, as posted
 * @param created when it was posted
 * @param ttl its time to live in seconds, possibly extended by a claim
 * @param expires when it expires ({@code created + ttl}, unless a claim extended its life or a
 *     move to a dead-letter queue gave it a new one, both counted from then); it is gone once
 *     {@code expires <= now}
 * @param clientId the {@code Client-ID} that posted it
 * @param delayUntil when it becomes listable and claimable
 * @param claimId the claim that holds or held it, or {@code null}
 * @param claimExpires when that claim ends; the message is claimed while {@code now < claimExpires}
 * @param claimCount how many claims have taken it
 */
public record StoredMessage(String id, long position, String bodyJson, long created, int ttl, long expires,
        String clientId, long delayUntil, String claimId, long claimExpires, int claimCount) {

    /** Whether a live claim holds the message at {@code now}. */
    public boolean claimedAt(long now) {
        return claimId != null && now < claimExpires;
    }

    /** Seconds since the message was posted. */
    public long ageAt(long now) {
        return now - created;
    }
}
