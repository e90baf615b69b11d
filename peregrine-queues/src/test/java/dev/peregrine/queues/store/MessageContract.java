package dev.peregrine.queues.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Messages: posting, listing, getting, deleting, stats and pop (Zaqar's MessageControllerTest). */
interface MessageContract extends ContractFixture {

    @Test
    default void statsOfAnEmptyQueueAreZeroWithoutOldestOrNewest() {
        store().createQueue(QUEUE, Map.of());

        assertEquals(new QueueStats(0, 0, 0, null, null), store().stats(QUEUE));
    }

    @Test
    default void statsOfAQueueThatDoesNotExistAreZero() {
        assertEquals(new QueueStats(0, 0, 0, null, null), store().stats(QUEUE));
    }

    @Test
    default void bulkDeleteLowersTheTotal() {
        List<String> ids = post(QUEUE, 10);

        store().deleteAll(QUEUE, ids.subList(0, 5));

        assertEquals(5, store().stats(QUEUE).total());
    }

    @Test
    default void bulkDeleteIgnoresUnknownIds() {
        List<String> ids = new ArrayList<>(post(QUEUE, 10).subList(0, 5));
        ids.add("invalid");

        store().deleteAll(QUEUE, ids);

        assertEquals(5, store().stats(QUEUE).total());
    }

    @Test
    default void deleteLowersTheTotal() {
        List<String> ids = post(QUEUE, 10);

        store().delete(QUEUE, ids.getFirst(), null);

        assertEquals(9, store().stats(QUEUE).total());
    }

    @Test
    default void statsCountFreeMessagesAndShowTheOldestAndNewest() {
        List<String> first = post(QUEUE, 6);
        clock().advanceSeconds(2);
        List<String> second = post(QUEUE, 6);

        QueueStats stats = store().stats(QUEUE);

        assertEquals(12, stats.free());
        assertEquals(0, stats.claimed());
        assertEquals(12, stats.total());
        assertEquals(first.getFirst(), stats.oldest().id());
        assertEquals(second.getLast(), stats.newest().id());
        assertEquals(2, stats.oldest().ageAt(clock().epochSecond()));
        assertTrue(stats.oldest().created() < stats.newest().created());
    }

    @Test
    default void statsFollowClaimsAndDeletes() {
        List<String> ids = post(QUEUE, 15);
        Claim claim = claim(QUEUE, 10, 120, 60);
        assertEquals(10, store().stats(QUEUE).claimed());

        store().delete(QUEUE, ids.getFirst(), claim.id());
        assertArrayEquals(new long[] {14, 9, 5}, counts(store().stats(QUEUE)));

        store().deleteAll(QUEUE, ids.subList(1, 3));
        assertArrayEquals(new long[] {12, 7, 5}, counts(store().stats(QUEUE)));

        store().deleteClaim(QUEUE, claim.id());
        assertArrayEquals(new long[] {12, 0, 12}, counts(store().stats(QUEUE)));
    }

    @Test
    default void aPostedMessageCanBeGotUntilItIsDeleted() {
        String body = "{\"event\":\"BackupStarted\",\"backupId\":\"c378813c-3f0b-11e2-ad92-7823d2b0f3ce\"}";
        List<String> ids = store().post(QUEUE, CLIENT, List.of(new NewMessage(body, 60, 0)));
        assertEquals(1, ids.size());

        StoredMessage message = store().get(QUEUE, ids.getFirst()).orElseThrow();
        assertEquals(ids.getFirst(), message.id());
        assertEquals(body, message.bodyJson());
        assertEquals(60, message.ttl());
        assertEquals(0, message.ageAt(clock().epochSecond()));
        assertEquals(clock().epochSecond() + 60, message.expires());
        assertEquals(CLIENT, message.clientId());
        assertNull(message.claimId());
        assertEquals(0, message.claimCount());

        store().delete(QUEUE, ids.getFirst(), null);
        assertEquals(Optional.empty(), store().get(QUEUE, ids.getFirst()));
    }

    // NOTE: kept byte for byte, so that a checksum the API computes over a body (Zaqar's
    // enable_checksum) is the same on every read.
    @Test
    default void bodiesAreKeptExactlyAsPosted() {
        List<String> bodies = List.of("null", "3.14", "\"text\"", "[1,{\"a\":null}]", "{\"ünïcode\":\"✓\"}",
                "{ \"spaced\" :  [ 1 , 2 ] ,\n\"order\": \"kept\", \"a\": 0 }");
        List<NewMessage> messages = new ArrayList<>();
        for (String body : bodies) {
            messages.add(new NewMessage(body, TTL, 0));
        }
        List<String> ids = store().post(QUEUE, CLIENT, messages);

        List<String> stored = new ArrayList<>();
        for (StoredMessage message : store().getAll(QUEUE, ids)) {
            stored.add(message.bodyJson());
        }
        assertEquals(bodies, stored);
    }

    @Test
    default void messagesOfOnePostStandConsecutivelyInPostOrder() {
        List<String> before = post(QUEUE, 1);
        List<String> ids = post(QUEUE, 5);

        List<StoredMessage> page = store().list(QUEUE, everything(10)).messages();

        assertEquals(before.getFirst(), page.getFirst().id());
        for (int i = 0; i < 5; i++) {
            assertEquals(ids.get(i), page.get(i + 1).id());
            assertEquals(page.getFirst().position() + 1 + i, page.get(i + 1).position());
        }
    }

    @Test
    default void listingHidesTheCallersOwnMessagesUnlessEchoIsOn() {
        post(QUEUE, 15);

        assertEquals(0, store().list(QUEUE, new ListQuery(null, 20, CLIENT, false, false, false)).messages().size());
        assertEquals(15, store().list(QUEUE, new ListQuery(null, 20, CLIENT, true, false, false)).messages().size());
        assertEquals(10, store().list(QUEUE, new ListQuery(null, 10, OTHER_CLIENT, false, false, false)).messages().size());

        MessagePage first = store().list(QUEUE, new ListQuery(null, 10, CLIENT, true, false, false));
        assertEquals(10, first.messages().size());
        MessagePage rest = store().list(QUEUE, new ListQuery(first.nextMarker(), 10, CLIENT, true, false, false));
        assertEquals(5, rest.messages().size());
    }

    @Test
    default void getAllAnswersInTheOrderAskedAndNothingOnceDeleted() {
        List<String> ids = store().post(QUEUE, CLIENT,
                List.of(new NewMessage("0", 120, 0), new NewMessage("1", 240, 0)));

        List<StoredMessage> messages = store().getAll(QUEUE, List.of(ids.get(1), ids.get(0)));
        assertEquals(List.of(ids.get(1), ids.get(0)), ids(messages));
        assertEquals(List.of("1", "0"), List.of(messages.get(0).bodyJson(), messages.get(1).bodyJson()));
        assertEquals(List.of(240, 120), List.of(messages.get(0).ttl(), messages.get(1).ttl()));

        store().deleteAll(QUEUE, ids);
        assertEquals(List.of(), store().getAll(QUEUE, ids));
    }

    @Test
    default void aClaimHidesItsMessagesFromTheDefaultListingOnly() {
        post(QUEUE, 12);
        ListQuery includeClaimed = new ListQuery(null, 20, OTHER_CLIENT, false, true, false);
        List<String> before = listIds(QUEUE, includeClaimed);

        Claim claim = claim(QUEUE, 10, 70, 60);

        assertEquals(before, listIds(QUEUE, includeClaimed));
        assertEquals(before.subList(10, 12), listIds(QUEUE, visible(null, 20)));
        assertEquals(before.subList(0, 10), ids(claim.messages()));
    }

    @Test
    default void expiredMessagesAreGoneFromGetListStatsAndPop() {
        List<String> ids = store().post(QUEUE, CLIENT,
                List.of(new NewMessage("3.14", 60, 0), new NewMessage("0.618", 600, 0)));
        clock().advanceSeconds(60);

        assertEquals(Optional.empty(), store().get(QUEUE, ids.get(0)));
        assertEquals(List.of(ids.get(1)), listIds(QUEUE, visible(null, 10)));
        QueueStats stats = store().stats(QUEUE);
        assertEquals(1, stats.free());
        assertEquals(1, stats.total());
        assertEquals(List.of(ids.get(1)), ids(store().pop(QUEUE, 10)));
    }

    @Test
    default void aMalformedMessageIdIsNothingToDeleteAndNothingToGet() {
        post(QUEUE, 1);

        store().delete(QUEUE, "xyz", null);

        assertEquals(Optional.empty(), store().get(QUEUE, "xyz"));
        assertEquals(1, store().stats(QUEUE).total());
    }

    @Test
    default void deletingAnUnclaimedMessageWithAMalformedClaimIdIsRefused() {
        String id = post(QUEUE, 1, 60).getFirst();

        assertThrows(ClaimNotValidException.class, () -> store().delete(QUEUE, id, "; DROP TABLE queues"));
        assertTrue(store().get(QUEUE, id).isPresent());
    }

    @Test
    default void anUnknownMarkerGivesAnEmptyPage() {
        post(QUEUE, 3);

        for (String marker : List.of("xyz", "", "-1", "0", "999999", "1.5", "99999999999999999999")) {
            MessagePage page = store().list(QUEUE, new ListQuery(marker, 10, OTHER_CLIENT, true, true, true));
            assertEquals(List.of(), page.messages(), marker);
            assertNull(page.nextMarker(), marker);
        }
    }

    @Test
    default void oldestAndNewestAreTheEndsOfTheQueue() {
        String first = post(QUEUE, 1, 120).getFirst();
        post(QUEUE, 10);
        String last = post(QUEUE, 1, 120).getFirst();

        QueueStats stats = store().stats(QUEUE);

        assertEquals(first, stats.oldest().id());
        assertEquals(last, stats.newest().id());
    }

    @Test
    default void popTakesTheOldestMessagesOffTheQueue() {
        List<String> ids = post(QUEUE, 3, 60);

        List<StoredMessage> popped = store().pop(QUEUE, 1);

        assertEquals(List.of(ids.getFirst()), ids(popped));
        assertNotNull(popped.getFirst().claimId());
        assertEquals(1, popped.getFirst().claimCount());
        assertEquals(Optional.empty(), store().get(QUEUE, ids.getFirst()));
        assertEquals(ids.subList(1, 3), listIds(QUEUE, everything(10)));
    }

    @Test
    default void popOfAnEmptyQueueTakesNothing() {
        store().createQueue(QUEUE, Map.of());

        assertEquals(List.of(), store().pop(QUEUE, 5));
    }

    @Test
    default void messageOperationsOnAQueueThatDoesNotExistFindNothing() {
        QueueId missing = new QueueId("project", "fake_name");

        store().delete(missing, "fake_id", null);
        store().delete(missing, "fake_id", "fake_claim");
        store().deleteAll(missing, List.of("fake_id1", "fake_id2"));

        assertEquals(List.of(), store().getAll(missing, List.of("fake_id1", "fake_id2")));
        assertEquals(Optional.empty(), store().get(missing, "fake_id"));
        assertEquals(new MessagePage(List.of(), null), store().list(missing, everything(10)));
        assertEquals(List.of(), store().pop(missing, 1));
        assertEquals(Optional.empty(), store().claim(missing, 10, 300, 60));
        assertFalse(store().queueExists(missing));
    }

    private static long[] counts(QueueStats stats) {
        return new long[] {stats.total(), stats.claimed(), stats.free()};
    }
}
