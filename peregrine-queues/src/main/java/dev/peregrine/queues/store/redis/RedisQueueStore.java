package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.Claim;
import dev.peregrine.queues.store.ClaimNotFoundException;
import dev.peregrine.queues.store.ClaimNotValidException;
import dev.peregrine.queues.store.ClaimRequiredException;
import dev.peregrine.queues.store.ListQuery;
import dev.peregrine.queues.store.MessagePage;
import dev.peregrine.queues.store.MetadataJson;
import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.PositionMarker;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueueNotFoundException;
import dev.peregrine.queues.store.QueuePage;
import dev.peregrine.queues.store.QueueStats;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.StoreUnavailableException;
import dev.peregrine.queues.store.StoredMessage;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A {@link QueueStore} in Redis (7.0 or later), a single server or a Redis Cluster, through one
 * shared Lettuce connection.
 *
 * <p>Every operation on a queue is one Lua script (or, in {@link RedisPostMode#WATCH_MULTI}, one
 * transaction) on that queue's keys, which share a hash tag and so a cluster slot; see
 * {@link QueueKeys} for the layout. Times are the store's clock, passed to the scripts, never
 * Redis's {@code TIME}: expiry and claims are judged by the message fields against it. Message and
 * claim hashes also get a Redis TTL of their remaining life plus {@value #TTL_MARGIN_SECONDS}
 * seconds, renewed whenever a claim extends a message's life, so their memory comes back even
 * without the {@linkplain #gc() garbage collector}, which removes the index entries.
 *
 * <p>A listing scans at most {@value #SCAN_BOUND} index entries per script call, so that no call
 * holds Redis for long; after a longer run of hidden messages it calls again from where the scan
 * stopped, so a page is short only at the end of the queue.
 *
 * <p>Durability is Redis's: with {@code appendonly yes} a post returns after Redis wrote it to its
 * append-only file, so a kill -9 of Redis loses nothing; with {@code appendfsync everysec} (Redis's
 * default) a power loss can lose about the last second of writes, and {@code appendfsync always}
 * closes that gap at the cost of an fsync per write.
 *
 * {@snippet :
 * try (RedisQueueStore store = RedisQueueStore.open(RedisAddress.parse("redis://127.0.0.1:6379"),
 *         Clock.systemUTC(), RedisStoreSettings.defaults())) {
 *     store.post(new QueueId("", "jobs"), clientId, List.of(new NewMessage("{\"task\":1}", 3600, 0)));
 * }
 * }
 */
public final class RedisQueueStore implements QueueStore {

    /**
     * How long a message or claim hash outlives, by its Redis TTL, the end its fields say: room for
     * the store's clock and Redis's to run at slightly different rates over a message's life.
     */
    static final long TTL_MARGIN_SECONDS = 300;

    /** The most index entries a listing, claim or stats scan reads in one call. */
    static final int SCAN_BOUND = 10_000;

    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(10);
    private static final MessagePage EMPTY_PAGE = new MessagePage(List.of(), null);
    // NOTE: a pop is a claim that ends a second later, whose messages the script deletes at once.
    private static final int POP_CLAIM_TTL = 1;

    private final RedisLink link;
    private final RedisClusterCommands<String, String> redis;
    private final Clock clock;
    private final StoreScripts scripts;
    private final MessagePoster poster;
    private final ProjectIndex index;
    private final MessageTaker taker;
    private final GarbageCollector collector;
    private final AtomicBoolean closed = new AtomicBoolean();

    private RedisQueueStore(RedisLink link, Clock clock, StoreScripts scripts, MessagePoster poster,
                            GarbageCollector collector) {
        this.link = link;
        this.redis = link.commands();
        this.clock = clock;
        this.scripts = scripts;
        this.poster = poster;
        this.index = new ProjectIndex(redis, link.asyncCommands());
        this.taker = new MessageTaker(redis, scripts, index);
        this.collector = collector;
    }

    /**
     * Connects to Redis at {@code address} and loads the store's scripts.
     *
     * @throws StoreUnavailableException naming the address when Redis cannot be reached
     * @throws IllegalArgumentException when {@link RedisPostMode#WATCH_MULTI} is asked of a cluster
     */
    public static RedisQueueStore open(RedisAddress address, Clock clock, RedisStoreSettings settings) {
        Objects.requireNonNull(clock, "clock");
        if (settings.postMode() == RedisPostMode.WATCH_MULTI && address instanceof RedisAddress.Cluster) {
            throw new IllegalArgumentException("The watch-multi post mode needs a single Redis server (redis://),"
                    + " not a cluster: use lua or lua-single-zadds with " + address);
        }
        StoreScripts scripts = StoreScripts.read();
        RedisLink link = RedisLink.open(address, COMMAND_TIMEOUT);
        try {
            scripts.load(link.commands());
            MessagePoster poster = switch (settings.postMode()) {
                case LUA -> new LuaPoster(link.commands(), scripts.post(), false);
                case LUA_SINGLE_ZADDS -> new LuaPoster(link.commands(), scripts.post(), true);
                case WATCH_MULTI -> new WatchMultiPoster(link::openDedicated, settings.watchTimeout());
            };
            GarbageCollector collector = new GarbageCollector(link.commands(), scripts.collectGarbage(), clock);
            if (settings.gcInterval().isPositive()) {
                collector.start(settings.gcInterval());
            }
            return new RedisQueueStore(link, clock, scripts, poster, collector);
        } catch (RedisException e) {
            link.close();
            throw new StoreUnavailableException("Cannot load the store's scripts into Redis at " + address + ": "
                    + e.getMessage(), e);
        }
    }

    // ---- Queues --------------------------------------------------------------------------------

    @Override
    public boolean createQueue(QueueId queue, Map<String, Object> metadata) {
        String json = MetadataJson.write(metadata);
        return call(() -> {
            boolean created = redis.hsetnx(QueueKeys.of(queue).queue(), "m", json);
            // NOTE: indexed every time, not only when created: the index is a separate step (another
            // slot), and this heals an index a crash between the two steps left behind.
            index.add(queue);
            return created;
        });
    }

    @Override
    public boolean queueExists(QueueId queue) {
        return call(() -> redis.exists(QueueKeys.of(queue).queue()) == 1);
    }

    @Override
    public Optional<Map<String, Object>> metadata(QueueId queue) {
        return call(() -> Optional.ofNullable(redis.hget(QueueKeys.of(queue).queue(), "m")).map(MetadataJson::read));
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code change} runs on the caller's thread and is applied by compare-and-set: when another
     * change came first, it runs again on the new metadata.
     */
    @Override
    public Map<String, Object> updateMetadata(QueueId queue, UnaryOperator<Map<String, Object>> change) {
        String queueKey = QueueKeys.of(queue).queue();
        return call(() -> {
            while (true) {
                String current = redis.hget(queueKey, "m");
                if (current == null) {
                    throw new QueueNotFoundException("Queue " + queue.name() + " does not exist.");
                }
                Map<String, Object> changed = Objects.requireNonNull(change.apply(MetadataJson.read(current)),
                        "the metadata change answered null");
                long replaced = scripts.replaceMetadata().run(redis, ScriptOutputType.INTEGER, new String[] {queueKey},
                        current, MetadataJson.write(changed));
                if (replaced == 1) {
                    return changed;
                }
                if (replaced == -1) {
                    throw new QueueNotFoundException("Queue " + queue.name() + " does not exist.");
                }
            }
        });
    }

    @Override
    public void deleteQueue(QueueId queue) {
        call(() -> {
            // NOTE: unindexed first, then deleted: each step is idempotent, and a crash between
            // them leaves a queue that a repeated delete removes.
            index.remove(queue);
            return dropContents(QueueKeys.of(queue), true);
        });
    }

    @Override
    public QueuePage listQueues(String project, String marker, int limit, boolean detailed) {
        return call(() -> index.page(project, marker, limit, detailed));
    }

    @Override
    public long countQueues(String project) {
        return call(() -> index.count(project));
    }

    @Override
    public QueueStats stats(QueueId queue) {
        QueueKeys keys = QueueKeys.of(queue);
        List<Object> reply = call(() -> scripts.stats().run(redis, ScriptOutputType.MULTI,
                new String[] {keys.queue(), keys.messages(), keys.expiries(), keys.claimed()}, now(),
                Integer.toString(SCAN_BOUND)));
        long total = MessageReply.number(reply.get(0));
        long claimed = MessageReply.number(reply.get(1));
        return new QueueStats(claimed, total - claimed, total, messageOrNull(reply.get(2)), messageOrNull(reply.get(3)));
    }

    @Override
    public void purgeMessages(QueueId queue) {
        call(() -> dropContents(QueueKeys.of(queue), false));
    }

    // ---- Messages ------------------------------------------------------------------------------

    @Override
    public List<String> post(QueueId queue, String clientId, List<NewMessage> messages) {
        Objects.requireNonNull(clientId, "clientId");
        if (messages.isEmpty()) {
            return List.of();
        }
        return call(() -> {
            MessagePoster.Posted posted = poster.post(QueueKeys.of(queue), clientId, messages,
                    clock.instant().getEpochSecond());
            if (posted.queueCreated()) {
                index.add(queue);
            }
            return posted.ids();
        });
    }

    @Override
    public MessagePage list(QueueId queue, ListQuery query) {
        if (query.limit() < 1) {
            throw new IllegalArgumentException("A page needs a limit of at least 1, not " + query.limit());
        }
        long after = query.marker() == null ? 0 : PositionMarker.parse(query.marker());
        if (query.marker() != null && after < 1) {
            return EMPTY_PAGE;
        }
        QueueKeys keys = QueueKeys.of(queue);
        String hidden = !query.echo() && query.clientId() != null ? query.clientId() : "";
        String now = now();
        List<StoredMessage> messages = new ArrayList<>(query.limit());
        // Each call scans a bounded stretch of the index; a stretch of hidden messages longer than
        // that takes more calls, never a short page (zaqar.md 3.6).
        for (String from = Long.toString(after); !from.isEmpty(); ) {
            String start = from;
            int wanted = query.limit() - messages.size();
            List<Object> reply = call(() -> scripts.list().run(redis, ScriptOutputType.MULTI,
                    new String[] {keys.queue(), keys.messages()}, now, start, Integer.toString(wanted), hidden,
                    flag(query.includeClaimed()), flag(query.includeDelayed()), Integer.toString(SCAN_BOUND)));
            messages.addAll(MessageReply.decodeAll(reply.get(0)));
            from = (String) reply.get(1);
        }
        return messages.isEmpty() ? EMPTY_PAGE
                : new MessagePage(messages, PositionMarker.of(messages.getLast().position()));
    }

    @Override
    public Optional<StoredMessage> get(QueueId queue, String messageId) {
        List<StoredMessage> found = getAll(queue, List.of(messageId));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    @Override
    public List<StoredMessage> getAll(QueueId queue, List<String> messageIds) {
        if (messageIds.isEmpty()) {
            return List.of();
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>(messageIds);
        String[] args = new String[distinct.size() + 1];
        args[0] = now();
        int i = 1;
        for (String id : distinct) {
            args[i++] = id;
        }
        String[] keys = {QueueKeys.of(queue).queue()};
        return MessageReply.decodeAll(call(() -> scripts.readMessages().run(redis, ScriptOutputType.MULTI, keys, args)));
    }

    @Override
    public void delete(QueueId queue, String messageId, String claimId) {
        QueueKeys keys = QueueKeys.of(queue);
        long outcome = call(() -> scripts.deleteMessage().run(redis, ScriptOutputType.INTEGER,
                new String[] {keys.queue(), keys.messages(), keys.expiries(), keys.claimed(), keys.claims()}, now(),
                messageId, claimId == null ? "" : claimId));
        switch ((int) outcome) {
            case 0 -> {
            }
            case 1 -> throw new ClaimRequiredException("Message " + messageId + " is claimed; it cannot be deleted"
                    + " without " + (claimId == null ? "a valid claim ID." : "the ID of the claim that holds it."));
            case 2 -> throw new ClaimNotValidException("Message " + messageId + " is not currently claimed; its claim"
                    + " may have expired, and another consumer may hold it now.");
            default -> throw new ClaimNotValidException("The specified claim does not exist or has expired.");
        }
    }

    @Override
    public void deleteAll(QueueId queue, List<String> messageIds) {
        if (!messageIds.isEmpty()) {
            QueueKeys keys = QueueKeys.of(queue);
            call(() -> scripts.deleteMessages().run(redis, ScriptOutputType.INTEGER,
                    new String[] {keys.queue(), keys.messages(), keys.expiries(), keys.claimed()},
                    messageIds.toArray(String[]::new)));
        }
    }

    @Override
    public List<StoredMessage> pop(QueueId queue, int limit) {
        return call(() -> taker.take(queue, limit, POP_CLAIM_TTL, 0, true, clock.instant().getEpochSecond()).taken());
    }

    // ---- Claims --------------------------------------------------------------------------------

    @Override
    public Optional<Claim> claim(QueueId queue, int limit, int ttl, int grace) {
        return call(() -> {
            MessageTaker.Take take = taker.take(queue, limit, ttl, grace, false, clock.instant().getEpochSecond());
            if (take.taken().isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Claim(take.claimId(), ttl, grace, take.now(), take.now() + ttl, take.taken()));
        });
    }

    @Override
    public Optional<Claim> getClaim(QueueId queue, String claimId) {
        List<Object> reply = call(() -> scripts.readClaim().run(redis, ScriptOutputType.MULTI,
                new String[] {QueueKeys.of(queue).queue()}, now(), claimId));
        if (reply.isEmpty()) {
            return Optional.empty();
        }
        long expires = MessageReply.number(reply.get(3));
        return Optional.of(new Claim(claimId, (int) MessageReply.number(reply.get(0)),
                (int) MessageReply.number(reply.get(1)), MessageReply.number(reply.get(2)), expires,
                MessageReply.decodeAll(reply.subList(4, reply.size()))));
    }

    @Override
    public void updateClaim(QueueId queue, String claimId, int ttl, int grace) {
        QueueKeys keys = QueueKeys.of(queue);
        long renewed = call(() -> scripts.renewClaim().run(redis, ScriptOutputType.INTEGER,
                new String[] {keys.queue(), keys.expiries(), keys.claimed(), keys.claims()}, now(), claimId,
                Integer.toString(ttl), Integer.toString(grace), Long.toString(TTL_MARGIN_SECONDS)));
        if (renewed == 0) {
            throw new ClaimNotFoundException("Claim " + claimId + " does not exist or has expired.");
        }
    }

    @Override
    public void deleteClaim(QueueId queue, String claimId) {
        QueueKeys keys = QueueKeys.of(queue);
        call(() -> scripts.releaseClaim().run(redis, ScriptOutputType.INTEGER,
                new String[] {keys.queue(), keys.claimed(), keys.claims()}, now(), claimId));
    }

    // ---- Health and upkeep ---------------------------------------------------------------------

    @Override
    public void ping() {
        call(redis::ping);
    }

    /**
     * Removes expired messages and ended claims from every queue now, as the store does on its own
     * every {@link RedisStoreSettings#gcInterval()}. Nothing reads them either way; this gives the
     * memory back.
     */
    public GarbageCollected gc() {
        return call(collector::collect);
    }

    /**
     * How many {@link RedisPostMode#WATCH_MULTI} posts were aborted by a concurrent post and
     * retried since the store opened; 0 in the other modes.
     */
    public long postRetries() {
        return poster instanceof WatchMultiPoster watching ? watching.retries() : 0;
    }

    /** Stops the garbage collector and closes the connections; Redis keeps every write it acknowledged. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            collector.close();
            if (poster instanceof WatchMultiPoster watching) {
                watching.close();
            }
            link.close();
        }
    }

    @Override
    public String toString() {
        return "RedisQueueStore[" + link.address() + "]";
    }

    // ---- Steps ---------------------------------------------------------------------------------

    private long dropContents(QueueKeys keys, boolean queueToo) {
        return scripts.dropContents().run(redis, ScriptOutputType.INTEGER, new String[] {keys.queue(), keys.counter(),
                keys.messages(), keys.expiries(), keys.claimed(), keys.claims()}, flag(queueToo));
    }

    private String now() {
        return Long.toString(clock.instant().getEpochSecond());
    }

    private static String flag(boolean on) {
        return on ? "1" : "0";
    }

    private static StoredMessage messageOrNull(Object reply) {
        return reply instanceof List<?> ? MessageReply.decode(reply) : null;
    }

    /** Runs {@code work}, answering Redis's failures as {@link StoreUnavailableException}. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (RedisException e) {
            throw new StoreUnavailableException("Redis failed: " + e.getMessage(), e);
        }
    }
}
