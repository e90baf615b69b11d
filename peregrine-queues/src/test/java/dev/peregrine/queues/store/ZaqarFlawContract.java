package dev.peregrine.queues.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What Zaqar's Redis driver gets wrong (reference sections 3.6 and 6), each as the right behaviour.
 */
interface ZaqarFlawContract extends ContractFixture {

    // ---- Claims --------------------------------------------------------------------------------

    @Test
    default void aClaimsLifetimeExtensionKeepsTheMessageAfterItsOwnTtl() {
        String id = post(QUEUE, 1, 60).getFirst();
        Claim claim = claim(QUEUE, 1, 300, 60);

        clock().advanceSeconds(299);

        StoredMessage message = store().get(QUEUE, id).orElseThrow();
        assertEquals(claim.id(), message.claimId());
        assertTrue(message.claimedAt(clock().epochSecond()));
        assertEquals(List.of(id), ids(store().getClaim(QUEUE, claim.id()).orElseThrow().messages()));
    }

    @Test
    default void aClaimNeverTakesMessagesFromALiveClaim() {
        List<String> ids = post(QUEUE, 4);
        Claim a = claim(QUEUE, 2, 300, 60);
        Claim b = claim(QUEUE, 2, 300, 60);
        assertEquals(ids.subList(2, 4), ids(b.messages()));
        store().deleteClaim(QUEUE, a.id());

        Claim c = claim(QUEUE, 4, 300, 60);

        assertEquals(ids.subList(0, 2), ids(c.messages()));
        Claim stillB = store().getClaim(QUEUE, b.id()).orElseThrow();
        assertEquals(ids.subList(2, 4), ids(stillB.messages()));
        for (StoredMessage message : stillB.messages()) {
            assertEquals(b.id(), message.claimId());
        }
    }

    @Test
    default void aClaimSkipsADelayedMessageBetweenReadyOnes() {
        String ready = post(QUEUE, 1).getFirst();
        String delayed = store().post(QUEUE, CLIENT, List.of(new NewMessage("{}", TTL, 60))).getFirst();
        String alsoReady = post(QUEUE, 1).getFirst();

        Claim claim = claim(QUEUE, 3, 300, 60);

        assertEquals(List.of(ready, alsoReady), ids(claim.messages()));
        assertNull(store().get(QUEUE, delayed).orElseThrow().claimId());
    }

    @Test
    default void aClaimSkipsExpiredMessages() {
        post(QUEUE, 2, 60);
        List<String> live = post(QUEUE, 2, 600);
        clock().advanceSeconds(60);

        assertEquals(live, ids(claim(QUEUE, 10, 300, 60).messages()));
    }

    // ---- Paging --------------------------------------------------------------------------------

    @Test
    default void pagingOneByOneFromTheFirstMessageMovesOn() {
        List<String> ids = post(QUEUE, 3);

        List<String> seen = new ArrayList<>();
        String marker = null;
        for (int page = 0; page < 5; page++) {
            MessagePage next = store().list(QUEUE, visible(marker, 1));
            if (next.messages().isEmpty()) {
                assertNull(next.nextMarker());
                break;
            }
            seen.addAll(ids(next.messages()));
            marker = next.nextMarker();
        }

        assertEquals(ids, seen);
    }

    @Test
    default void aPageAfterARunOfTheCallersOwnMessagesIsStillFull() {
        post(QUEUE, CLIENT, 30, TTL, 0);
        List<String> others = post(QUEUE, OTHER_CLIENT, 12, TTL, 0);

        MessagePage page = store().list(QUEUE, new ListQuery(null, 10, CLIENT, false, false, false));

        assertEquals(others.subList(0, 10), ids(page.messages()));
        MessagePage rest = store().list(QUEUE, new ListQuery(page.nextMarker(), 10, CLIENT, false, false, false));
        assertEquals(others.subList(10, 12), ids(rest.messages()));
    }

    @Test
    default void aLongPageAfterALongRunOfTheCallersOwnMessagesHoldsEachMessageOnce() {
        post(QUEUE, CLIENT, 70, TTL, 0);
        List<String> others = post(QUEUE, OTHER_CLIENT, 70, TTL, 0);

        MessagePage page = store().list(QUEUE, new ListQuery(null, 60, CLIENT, false, false, false));

        assertEquals(others.subList(0, 60), ids(page.messages()));
    }

    @Test
    default void aPageAfterARunOfClaimedMessagesIsStillFull() {
        List<String> ids = post(QUEUE, 30);
        claim(QUEUE, 20, 300, 60);

        assertEquals(ids.subList(20, 30), listIds(QUEUE, visible(null, 10)));
    }

    @Test
    default void aPageAfterARunOfExpiredMessagesIsStillFull() {
        post(QUEUE, 20, 60);
        List<String> live = post(QUEUE, 10, 600);
        clock().advanceSeconds(60);

        assertEquals(live, listIds(QUEUE, visible(null, 10)));
    }

    @Test
    default void aPageAfterARunOfDelayedMessagesIsStillFull() {
        post(QUEUE, CLIENT, 20, TTL, 60);
        List<String> ready = post(QUEUE, 10);

        assertEquals(ready, listIds(QUEUE, visible(null, 10)));
    }

    @Test
    default void includeClaimedWorksWithoutAMarker() {
        List<String> ids = post(QUEUE, 3);
        claim(QUEUE, 2, 300, 60);

        assertEquals(ids, listIds(QUEUE, new ListQuery(null, 10, OTHER_CLIENT, false, true, false)));
    }

    // ---- Ownership and cleanup -----------------------------------------------------------------

    @Test
    default void aMessageIdOfOneQueueIsNotFoundThroughAnother() {
        QueueId other = new QueueId(QUEUE.project(), "other");
        String id = post(QUEUE, 1).getFirst();
        store().createQueue(other, Map.of());

        assertEquals(Optional.empty(), store().get(other, id));
        assertEquals(List.of(), store().getAll(other, List.of(id)));
        store().delete(other, id, null);
        store().deleteAll(other, List.of(id));

        assertTrue(store().get(QUEUE, id).isPresent());
    }

    @Test
    default void aClaimIdOfOneQueueIsNotFoundThroughAnother() {
        QueueId other = new QueueId(QUEUE.project(), "other");
        post(QUEUE, 1);
        post(other, 1);
        Claim claim = claim(QUEUE, 1, 300, 60);

        assertEquals(Optional.empty(), store().getClaim(other, claim.id()));
        assertThrows(ClaimNotFoundException.class, () -> store().updateClaim(other, claim.id(), 300, 60));
        store().deleteClaim(other, claim.id());

        assertEquals(ids(claim.messages()), ids(store().getClaim(QUEUE, claim.id()).orElseThrow().messages()));
    }

    @Test
    default void statsStayRightAfterAClaimExpires() {
        post(QUEUE, 3);
        claim(QUEUE, 2, 60, 60);

        clock().advanceSeconds(60);

        QueueStats stats = store().stats(QUEUE);
        assertEquals(List.of(0L, 3L, 3L), List.of(stats.claimed(), stats.free(), stats.total()));
    }

    @Test
    default void statsStayRightAfterTheOldestAndNewestMessagesExpire() {
        post(QUEUE, 1, 60);
        List<String> live = post(QUEUE, 2, 600);
        post(QUEUE, 1, 60);

        clock().advanceSeconds(60);

        QueueStats stats = store().stats(QUEUE);
        assertEquals(2, stats.total());
        assertEquals(live.getFirst(), stats.oldest().id());
        assertEquals(live.getLast(), stats.newest().id());
    }

    @Test
    default void anExpiredClaimIsNotFoundNotRenewedAndDeletedWithoutComplaint() {
        List<String> ids = post(QUEUE, 2);
        Claim claim = claim(QUEUE, 2, 60, 60);
        clock().advanceSeconds(60);

        assertEquals(Optional.empty(), store().getClaim(QUEUE, claim.id()));
        assertThrows(ClaimNotFoundException.class, () -> store().updateClaim(QUEUE, claim.id(), 60, 60));
        store().deleteClaim(QUEUE, claim.id());

        assertEquals(ids, ids(claim(QUEUE, 10, 60, 60).messages()));
    }

    @Test
    default void aDeadLetteredMessageArrivesUnclaimed() {
        QueueId deadLetters = new QueueId(QUEUE.project(), "DLQ");
        store().createQueue(QUEUE, Map.of(DeadLetterPolicy.MAX_CLAIM_COUNT, 1, DeadLetterPolicy.QUEUE, "DLQ"));
        String id = post(QUEUE, 1).getFirst();
        claim(QUEUE, 1, 300, 60);
        clock().advanceSeconds(300);
        assertEquals(Optional.empty(), store().claim(QUEUE, 1, 300, 60));

        StoredMessage moved = store().get(deadLetters, id).orElseThrow();
        assertNull(moved.claimId());
        assertEquals(List.of(id), listIds(deadLetters, visible(null, 10)));
        assertEquals(List.of(id), ids(claim(deadLetters, 10, 300, 60).messages()));
    }

    @Test
    default void deletingAQueueLeavesNothingForItsSuccessor() {
        List<String> ids = post(QUEUE, 3);
        Claim claim = claim(QUEUE, 1, 300, 60);
        store().deleteQueue(QUEUE);

        List<String> newIds = post(QUEUE, 1);

        assertEquals(Optional.empty(), store().getClaim(QUEUE, claim.id()));
        assertEquals(List.of(), store().getAll(QUEUE, ids));
        assertEquals(newIds, listIds(QUEUE, everything(10)));
        assertEquals(1, store().stats(QUEUE).total());
    }

    @Test
    default void namesWithDotsStayApart() {
        QueueId dotted = new QueueId("P.x", "a.b");
        QueueId plain = new QueueId("P", "x.a.b");
        store().createQueue(dotted, Map.of());
        store().createQueue(plain, Map.of());

        assertEquals(List.of("a.b"), queueNames(store().listQueues("P.x", null, 10, false)));
        assertEquals(List.of("x.a.b"), queueNames(store().listQueues("P", null, 10, false)));
    }
}
