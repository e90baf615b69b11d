package dev.peregrine.queues.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Where Peregrine Queues keeps queues, messages and claims: the contract every store meets (the
 * embedded SQLite store, the Redis store), checked by one contract test suite.
 *
 * <p>Times come from the store's clock, in whole UNIX seconds. A message is gone once
 * {@code expires <= now}: no operation returns, lists, counts, claims or pops it. A message is
 * claimed while a live claim holds it ({@code now < claimExpires}); an expired claim releases its
 * messages by time alone. Queues are created on first post; reads of a queue that does not exist
 * find nothing rather than fail, except where a method says otherwise. Every method is safe to
 * call from many threads; a {@link StoreUnavailableException} means the store could not answer.
 *
 * <p>Durability: when {@link #post} returns, the messages are on disk (or, for a networked
 * store, acknowledged as durably as it is configured to be).
 */
public interface QueueStore extends AutoCloseable {

    // ---- Queues --------------------------------------------------------------------------------

    /**
     * Creates a queue with {@code metadata}.
     *
     * @return true when it was created; false when it existed, whose metadata is then left as it was
     */
    boolean createQueue(QueueId queue, Map<String, Object> metadata);

    /** Whether the queue exists. */
    boolean queueExists(QueueId queue);

    /** The queue's stored metadata (reserved defaults are the API's, not stored), or empty when it does not exist. */
    Optional<Map<String, Object>> metadata(QueueId queue);

    /**
     * Replaces the metadata with what {@code change} makes of it, atomically with respect to other changes.
     * {@code change} gets a map of its own to change or replace; when it throws, nothing changes and
     * its exception reaches the caller as it is. It may run on a store thread: keep it short.
     *
     * @return the new metadata
     * @throws QueueNotFoundException when the queue does not exist
     */
    Map<String, Object> updateMetadata(QueueId queue, UnaryOperator<Map<String, Object>> change);

    /** Deletes the queue with its messages and claims; nothing happens when it does not exist. */
    void deleteQueue(QueueId queue);

    /**
     * A page of the project's queues, in name order, starting after {@code marker} (or at the
     * first), each with its metadata when {@code detailed}.
     */
    QueuePage listQueues(String project, String marker, int limit, boolean detailed);

    /** How many queues the project has. */
    long countQueues(String project);

    /** The queue's counts and its oldest and newest messages. */
    QueueStats stats(QueueId queue);

    /** Deletes every message and claim of the queue, keeping the queue and its metadata. */
    void purgeMessages(QueueId queue);

    // ---- Messages ------------------------------------------------------------------------------

    /**
     * Posts messages, creating the queue with empty metadata when it does not exist. The messages
     * get consecutive positions in list order, after every message posted before; concurrent
     * posts never interleave.
     *
     * @param clientId the poster's {@code Client-ID}, which listings compare as it is given here
     *     (canonical UUID text is the API's to make)
     * @return the new messages' ids, in list order
     */
    List<String> post(QueueId queue, String clientId, List<NewMessage> messages);

    /**
     * A page of messages, oldest first; see {@link MessagePage}. A marker that is malformed, or that
     * this queue never handed out, gives an empty page (never a restart from the oldest message).
     */
    MessagePage list(QueueId queue, ListQuery query);

    /** A message of this queue (a message of another queue is not found), or empty. */
    Optional<StoredMessage> get(QueueId queue, String messageId);

    /** The messages of this queue among {@code messageIds}, in the order asked; unknown ids are skipped. */
    List<StoredMessage> getAll(QueueId queue, List<String> messageIds);

    /**
     * Deletes a message. A message that does not exist (or is gone) is nothing to do.
     *
     * @param claimId the claim the caller holds the message by, or {@code null}
     * @throws ClaimRequiredException when a live claim holds the message and {@code claimId} is
     *     {@code null} or another live claim of the queue
     * @throws ClaimNotValidException when {@code claimId} is given but the message is not claimed
     *     (the claim ended, so another consumer may hold it now), or {@code claimId} is no live
     *     claim of this queue (unknown, malformed or ended)
     */
    void delete(QueueId queue, String messageId, String claimId);

    /** Deletes the messages among {@code messageIds} that exist, claimed or not. */
    void deleteAll(QueueId queue, List<String> messageIds);

    /**
     * Takes up to {@code limit} of the oldest claimable messages off the queue and returns them: a
     * claim as {@link #claim} makes it (one second long, no grace), whose messages are deleted at
     * once. They carry that claim's id and count, as Zaqar's pop answers them.
     */
    List<StoredMessage> pop(QueueId queue, int limit);

    // ---- Claims --------------------------------------------------------------------------------

    /**
     * Claims up to {@code limit} of the oldest messages that are not claimed by a live claim, not
     * delayed and not expired, each checked on its own. Messages that would expire before the
     * claim does live on until {@code ttl + grace} from now. When the queue's metadata has
     * {@code _max_claim_count} and {@code _dead_letter_queue}, a message already claimed that many
     * times moves, unclaimed, to the dead-letter queue instead (its TTL becoming
     * {@code _dead_letter_queue_messages_ttl} when set; see {@link DeadLetterPolicy}), and the
     * next claimable message takes its place in the claim.
     *
     * @param limit the most messages to claim, at least 1
     * @param ttl the claim's seconds to live, at least 1
     * @param grace the seconds its messages may outlive it, at least 0
     * @return the claim, or empty when there was nothing to claim
     */
    Optional<Claim> claim(QueueId queue, int limit, int ttl, int grace);

    /** A live claim of this queue, or empty when it does not exist or has ended. */
    Optional<Claim> getClaim(QueueId queue, String claimId);

    /**
     * Renews a live claim from now with a new ttl and grace, extending its messages' lives as
     * {@link #claim} does.
     *
     * @throws ClaimNotFoundException when the claim does not exist or has ended
     */
    void updateClaim(QueueId queue, String claimId, int ttl, int grace);

    /** Ends a claim at once, its messages claimable again; nothing happens when it does not exist. */
    void deleteClaim(QueueId queue, String claimId);

    // ---- Health --------------------------------------------------------------------------------

    /** @throws StoreUnavailableException when the store cannot be reached */
    void ping();

    /** Releases the store's threads and files; pending writes are finished first. */
    @Override
    void close();
}
