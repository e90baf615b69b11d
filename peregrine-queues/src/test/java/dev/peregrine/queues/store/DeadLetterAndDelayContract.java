package dev.peregrine.queues.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dead-letter queues and delayed messages (Zaqar's test_dead_letter_queue and test_delay_queue). */
interface DeadLetterAndDelayContract extends ContractFixture {

    /** The dead-letter queue of {@link #QUEUE} in these tests. */
    QueueId DEAD_LETTERS = new QueueId(QUEUE.project(), "DLQ");

    private void sendToDeadLettersAfterTwoClaims(Integer messageTtl) {
        store().createQueue(DEAD_LETTERS, Map.of());
        Map<String, Object> metadata = new HashMap<>(Map.of(
                DeadLetterPolicy.MAX_CLAIM_COUNT, 2, DeadLetterPolicy.QUEUE, DEAD_LETTERS.name()));
        if (messageTtl != null) {
            metadata.put(DeadLetterPolicy.MESSAGE_TTL, messageTtl);
        }
        store().createQueue(QUEUE, metadata);
    }

    @Test
    default void aMessageClaimedTheMostTimesMovesToTheDeadLetterQueueWithItsTtl() {
        sendToDeadLettersAfterTwoClaims(9999);
        String id = store().post(QUEUE, CLIENT, List.of(new NewMessage("{\"key\":\"value\"}", 3600, 0))).getFirst();

        assertEquals(List.of(id), ids(claim(QUEUE, 10, 3, 3).messages()));
        clock().advanceSeconds(5);
        assertEquals(List.of(id), ids(claim(QUEUE, 10, 3, 3).messages()));
        clock().advanceSeconds(5);
        assertEquals(Optional.empty(), store().claim(QUEUE, 10, 3, 3));

        assertEquals(Optional.empty(), store().get(QUEUE, id));
        StoredMessage moved = store().list(DEAD_LETTERS, everything(10)).messages().getFirst();
        assertEquals(9999, moved.ttl());
        assertEquals(clock().epochSecond() + 9999, moved.expires());
        assertEquals("{\"key\":\"value\"}", moved.bodyJson());
    }

    @Test
    default void aMovedMessageKeepsItsOwnTtlWhenTheQueueSetsNone() {
        sendToDeadLettersAfterTwoClaims(null);
        String id = post(QUEUE, 1, 600).getFirst();
        long expires = store().get(QUEUE, id).orElseThrow().expires();

        for (int i = 0; i < 2; i++) {
            claim(QUEUE, 10, 60, 60);
            clock().advanceSeconds(60);
        }
        assertEquals(Optional.empty(), store().claim(QUEUE, 10, 60, 60));

        StoredMessage moved = store().get(DEAD_LETTERS, id).orElseThrow();
        assertEquals(600, moved.ttl());
        assertEquals(expires, moved.expires());
    }

    @Test
    default void movedMessagesMakeRoomForTheNextClaimableOnes() {
        sendToDeadLettersAfterTwoClaims(null);
        List<String> tired = post(QUEUE, 2);
        for (int i = 0; i < 2; i++) {
            claim(QUEUE, 10, 60, 60);
            clock().advanceSeconds(60);
        }
        List<String> fresh = post(QUEUE, 3);

        Claim claim = claim(QUEUE, 3, 60, 60);

        assertEquals(fresh, ids(claim.messages()));
        assertEquals(tired, listIds(DEAD_LETTERS, everything(10)));
    }

    @Test
    default void theDeadLetterQueueIsCreatedWhenItDoesNotExist() {
        store().createQueue(QUEUE, Map.of(DeadLetterPolicy.MAX_CLAIM_COUNT, 1, DeadLetterPolicy.QUEUE, "graveyard"));
        String id = post(QUEUE, 1).getFirst();
        claim(QUEUE, 1, 60, 60);
        clock().advanceSeconds(60);

        assertEquals(Optional.empty(), store().claim(QUEUE, 1, 60, 60));

        assertTrue(store().get(new QueueId(QUEUE.project(), "graveyard"), id).isPresent());
    }

    @Test
    default void withoutADeadLetterQueueMessagesAreClaimedAgainAndAgain() {
        store().createQueue(QUEUE, Map.of(DeadLetterPolicy.MAX_CLAIM_COUNT, 1));
        post(QUEUE, 1);

        for (int count = 1; count <= 3; count++) {
            assertEquals(count, claim(QUEUE, 1, 60, 60).messages().getFirst().claimCount());
            clock().advanceSeconds(60);
        }
    }

    @Test
    default void aDelayedMessageIsListedOnlyWithIncludeDelayedAndClaimedOnlyOnceReady() {
        String id = store().post(QUEUE, CLIENT, List.of(new NewMessage("{}", 3600, 2))).getFirst();
        assertEquals(clock().epochSecond() + 2, store().get(QUEUE, id).orElseThrow().delayUntil());

        assertEquals(List.of(id), listIds(QUEUE, new ListQuery(null, 10, OTHER_CLIENT, false, false, true)));
        assertEquals(List.of(), listIds(QUEUE, visible(null, 10)));
        assertEquals(Optional.empty(), store().claim(QUEUE, 10, 60, 60));

        clock().advanceSeconds(1);
        assertEquals(Optional.empty(), store().claim(QUEUE, 10, 60, 60));

        clock().advanceSeconds(1);
        assertEquals(List.of(id), listIds(QUEUE, visible(null, 10)));
        assertEquals(List.of(id), ids(claim(QUEUE, 10, 60, 60).messages()));
    }

    @Test
    default void aMessageWithoutDelayIsClaimableAtOnce() {
        String id = store().post(QUEUE, CLIENT, List.of(new NewMessage("{}", 3600, 0))).getFirst();

        assertEquals(List.of(id), ids(claim(QUEUE, 10, 60, 60).messages()));
    }

    @Test
    default void aDelayedMessageCountsInStats() {
        store().post(QUEUE, CLIENT, List.of(new NewMessage("{}", 3600, 60)));

        QueueStats stats = store().stats(QUEUE);

        assertEquals(1, stats.total());
        assertEquals(1, stats.free());
        assertNull(stats.oldest().claimId());
    }
}
