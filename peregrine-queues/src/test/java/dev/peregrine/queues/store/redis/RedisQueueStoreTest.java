package dev.peregrine.queues.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.Claim;
import dev.peregrine.queues.store.ListQuery;
import dev.peregrine.queues.store.MessagePage;
import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.SettableClock;
import dev.peregrine.queues.store.StoreUnavailableException;
import dev.peregrine.queues.store.StoredMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What only the Redis store does: its keys and their TTLs, garbage collection, scripts, connecting. */
class RedisQueueStoreTest {

    private static final QueueId QUEUE = new QueueId("project", "jobs");
    private static final String PREFIX = "q{project/jobs}";
    private static final String CLIENT = "3381af92-2b9e-11e3-b191-71861300734c";

    @RegisterExtension
    static final RedisServerExtension REDIS = new RedisServerExtension();

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T12:00:00Z"));
    private RedisQueueStore store;

    @BeforeEach
    void open() {
        REDIS.server().flushAll();
        store = RedisQueueStore.open(REDIS.server().address(), clock,
                RedisStoreSettings.defaults().withGcInterval(Duration.ZERO));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private String post(int ttl) {
        return store.post(QUEUE, CLIENT, List.of(new NewMessage("{}", ttl, 0))).getFirst();
    }

    private long ttlOf(String key) {
        return Long.parseLong(REDIS.server().call("TTL", key));
    }

    @Test
    void aQueuesKeysShareItsHashTagAndItsProjectIndexHasItsOwn() {
        String id = post(60);

        assertEquals(List.of("p{project}:queues", PREFIX, PREFIX + ":exp", PREFIX + ":m:" + id, PREFIX + ":msgs",
                PREFIX + ":n"), REDIS.server().call("KEYS", "*").lines().sorted().toList());
    }

    @Test
    void aMessageHashLivesItsTtlPlusTheMargin() {
        String id = post(60);

        long ttl = ttlOf(PREFIX + ":m:" + id);
        assertTrue(ttl > 60 + RedisQueueStore.TTL_MARGIN_SECONDS - 10 && ttl <= 60 + RedisQueueStore.TTL_MARGIN_SECONDS,
                "TTL " + ttl);
    }

    @Test
    void aClaimThatExtendsAMessagesLifeExtendsItsKeysTtlToo() {
        String id = post(60);
        store.claim(QUEUE, 1, 300, 60);

        assertTrue(ttlOf(PREFIX + ":m:" + id) > 360 + RedisQueueStore.TTL_MARGIN_SECONDS - 10);
    }

    @Test
    void renewingAClaimExtendsItsMessagesKeysAndItsOwn() {
        String id = post(60);
        Claim claim = store.claim(QUEUE, 1, 100, 60).orElseThrow();

        store.updateClaim(QUEUE, claim.id(), 1000, 60);

        assertTrue(ttlOf(PREFIX + ":m:" + id) > 1060 + RedisQueueStore.TTL_MARGIN_SECONDS - 10);
        assertTrue(ttlOf(PREFIX + ":c:" + claim.id()) > 1000 + RedisQueueStore.TTL_MARGIN_SECONDS - 10);
        assertTrue(ttlOf(PREFIX + ":c:" + claim.id() + ":m") > 1000 + RedisQueueStore.TTL_MARGIN_SECONDS - 10);
    }

    @Test
    void garbageCollectionRemovesExpiredMessagesAndEndedClaimsAndNothingElse() {
        List<String> expiring = List.of(post(60), post(60), post(60));
        String living = post(600);
        clock.advanceSeconds(60);
        Claim claim = store.claim(QUEUE, 1, 60, 0).orElseThrow();
        clock.advanceSeconds(60);

        assertEquals(new GarbageCollected(3, 1), store.gc());

        for (String id : expiring) {
            assertEquals("0", REDIS.server().call("EXISTS", PREFIX + ":m:" + id));
        }
        assertEquals("0", REDIS.server().call("EXISTS", PREFIX + ":c:" + claim.id()));
        assertEquals(1, REDIS.server().sortedSetSize(PREFIX + ":msgs"));
        assertEquals(0, REDIS.server().sortedSetSize(PREFIX + ":claims"));
        assertEquals(List.of(living), List.of(store.get(QUEUE, living).orElseThrow().id()));
        assertEquals(new GarbageCollected(0, 0), store.gc());
    }

    @Test
    void garbageCollectionRemovesIndexEntriesWhoseHashRedisAlreadyDropped() {
        String id = post(60);
        REDIS.server().call("DEL", PREFIX + ":m:" + id);
        clock.advanceSeconds(60);

        assertEquals(new GarbageCollected(1, 0), store.gc());
        assertEquals(0, REDIS.server().sortedSetSize(PREFIX + ":msgs"));
    }

    @Test
    void aClaimSkipsAndUnindexesMoreVanishedMessagesThanLuaUnpacksAtOnce() {
        for (int i = 0; i < 9; i++) {
            store.post(QUEUE, CLIENT, Collections.nCopies(1_000, new NewMessage("{}", 600, 0)));
        }
        REDIS.server().call("EVAL", "for _, key in ipairs(redis.call('KEYS', ARGV[1])) do redis.call('DEL', key) end", "0",
                PREFIX + ":m:*");
        String kept = post(600);

        Claim claim = store.claim(QUEUE, 1, 60, 60).orElseThrow();

        assertEquals(List.of(kept), claim.messages().stream().map(StoredMessage::id).toList());
        assertEquals(1, REDIS.server().sortedSetSize(PREFIX + ":msgs"));
    }

    @Test
    void thePeriodicCollectorRunsOnItsOwn() throws InterruptedException {
        store.close();
        store = RedisQueueStore.open(REDIS.server().address(), clock,
                RedisStoreSettings.defaults().withGcInterval(Duration.ofMillis(20)));
        post(60);
        clock.advanceSeconds(60);

        while (REDIS.server().sortedSetSize(PREFIX + ":msgs") > 0) {
            Thread.sleep(10);
        }
        assertEquals(0, REDIS.server().sortedSetSize(PREFIX + ":exp"));
    }

    @Test
    void aListingGoesOnPastMoreHiddenMessagesThanOneScriptCallScans() {
        List<NewMessage> batch = Collections.nCopies(1_000, new NewMessage("{}", 600, 0));
        for (int posted = 0; posted <= RedisQueueStore.SCAN_BOUND; posted += batch.size()) {
            store.post(QUEUE, CLIENT, batch);
        }
        String other = store.post(QUEUE, "4381af92-2b9e-11e3-b191-71861300734c", List.of(new NewMessage("{\"n\":1}", 600, 0)))
                .getFirst();

        MessagePage page = store.list(QUEUE, new ListQuery(null, 5, CLIENT, false, false, false));

        assertEquals(List.of(other), page.messages().stream().map(StoredMessage::id).toList());
    }

    @Test
    void onePostCanHoldMoreMessagesThanLuaUnpacksAtOnce() {
        // NOTE: Zaqar caps a post's bytes (256 KiB), not its messages: that is over 15,000 tiny ones.
        List<String> ids = store.post(QUEUE, CLIENT, Collections.nCopies(16_000, new NewMessage("0", 600, 0)));

        assertEquals(16_000, store.stats(QUEUE).total());
        MessagePage last = store.list(QUEUE, new ListQuery("15999", 5, CLIENT, true, false, false));
        assertEquals(List.of(ids.getLast()), last.messages().stream().map(StoredMessage::id).toList());
    }

    @Test
    void aServerThatForgotTheScriptsStillAnswers() {
        post(60);
        REDIS.server().call("SCRIPT", "FLUSH");

        String id = post(60);

        assertEquals(2, store.list(QUEUE, new ListQuery(null, 10, "other", false, false, false)).messages().size());
        assertEquals(id, store.get(QUEUE, id).orElseThrow().id());
    }

    @Test
    void anUnreachableRedisFailsTheOpenNamingItsAddress() {
        RedisAddress nowhere = new RedisAddress.Server("127.0.0.1", RedisServerProcess.freePort(), 0);

        StoreUnavailableException failure = assertThrows(StoreUnavailableException.class,
                () -> RedisQueueStore.open(nowhere, clock, RedisStoreSettings.defaults()));
        assertTrue(failure.getMessage().startsWith("Cannot connect to Redis at " + nowhere), failure.getMessage());
    }

    @Test
    void watchMultiOnAClusterIsRefusedAtOpen() {
        RedisAddress cluster = new RedisAddress.Cluster(List.of(new RedisAddress.Node("127.0.0.1", REDIS.server().port())));

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> RedisQueueStore.open(
                cluster, clock, RedisStoreSettings.defaults().withPostMode(RedisPostMode.WATCH_MULTI)));
        assertTrue(failure.getMessage().contains("watch-multi post mode needs a single Redis server"), failure.getMessage());
    }

    @Test
    void aQueueCreatedButNotYetIndexedIsIndexedByTheNextCreate() {
        REDIS.server().call("HSET", PREFIX, "m", "{}");

        assertEquals(false, store.createQueue(QUEUE, Map.of()));

        assertEquals(1, store.countQueues(QUEUE.project()));
    }

    @Test
    void aStoppedRedisAnswersUnavailable() {
        try (RedisServerProcess doomed = RedisServerProcess.start(REDIS.server().directory().resolveSibling("doomed"));
                RedisQueueStore other = RedisQueueStore.open(doomed.address(), clock, RedisStoreSettings.defaults())) {
            doomed.kill();

            assertThrows(StoreUnavailableException.class, other::ping);
            assertThrows(StoreUnavailableException.class, () -> other.stats(QUEUE));
        }
    }
}
