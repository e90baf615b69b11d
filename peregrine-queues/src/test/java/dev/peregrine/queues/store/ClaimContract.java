package dev.peregrine.queues.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claims: taking, reading, renewing and ending claims, and deleting claimed messages (Zaqar's ClaimControllerTest). */
interface ClaimContract extends ContractFixture {

    @Test
    default void aClaimCanBeReadRenewedAndDeleted() {
        post(QUEUE, 20);

        Claim claim = claim(QUEUE, 15, 70, 30);
        assertEquals(15, claim.messages().size());
        QueueStats stats = store().stats(QUEUE);
        assertEquals(List.of(15L, 5L, 20L), List.of(stats.claimed(), stats.free(), stats.total()));

        Claim read = store().getClaim(QUEUE, claim.id()).orElseThrow();
        assertEquals(claim.id(), read.id());
        assertEquals(70, read.ttl());
        assertEquals(30, read.grace());
        assertEquals(ids(claim.messages()), ids(read.messages()));
        for (int i = 0; i < 15; i++) {
            StoredMessage taken = claim.messages().get(i);
            StoredMessage held = read.messages().get(i);
            assertEquals(taken.bodyJson(), held.bodyJson());
            assertEquals(claim.id(), held.claimId());
            assertEquals(taken.ttl(), held.ttl());
        }

        clock().advanceSeconds(10);
        store().updateClaim(QUEUE, claim.id(), 100, 60);
        Claim renewed = store().getClaim(QUEUE, claim.id()).orElseThrow();
        assertEquals(100, renewed.ttl());
        assertEquals(clock().epochSecond(), renewed.updated());
        assertEquals(clock().epochSecond() + 100, renewed.expires());
        assertEquals(ids(claim.messages()), ids(renewed.messages()));

        store().deleteClaim(QUEUE, claim.id());
        assertEquals(Optional.empty(), store().getClaim(QUEUE, claim.id()));
    }

    @Test
    default void successiveClaimsTakeDisjointRunsOfTheOldestMessages() {
        List<String> ids = post(QUEUE, 51);

        Set<String> claimed = new HashSet<>();
        for (int i = 0; i < 5; i++) {
            Claim claim = claim(QUEUE, 10, 70, 30);
            assertEquals(ids.subList(10 * i, 10 * i + 10), ids(claim.messages()));
            claimed.addAll(ids(claim.messages()));
        }

        assertEquals(50, claimed.size());
        assertEquals(List.of(ids.getLast()), ids(claim(QUEUE, 10, 70, 30).messages()));
    }

    @ParameterizedTest(name = "message ttl 120, claim ttl {0} grace {1}: ttl {2}")
    @CsvSource({
        "777, 0, 777", "777, 23, 800", "121, 22, 143", "60, 30, 120",
        "777, 60, 837", "121, 60, 181", "60, 60, 120"})
    default void aClaimExtendsTheLifeOfMessagesThatWouldExpireBeforeIt(int ttl, int grace, int expectedTtl) {
        post(QUEUE, 20, 120);

        Claim claim = claim(QUEUE, 10, ttl, grace);

        for (StoredMessage message : claim.messages()) {
            assertEquals(expectedTtl, message.ttl());
            assertEquals(clock().epochSecond() + expectedTtl, message.expires());
        }
        assertEquals(expectedTtl, store().get(QUEUE, claim.messages().getFirst().id()).orElseThrow().ttl());
    }

    @Test
    default void renewingAClaimExtendsTheLifeOfItsMessages() {
        String id = post(QUEUE, 1, 120).getFirst();
        Claim claim = claim(QUEUE, 1, 60, 30);
        assertEquals(120, store().get(QUEUE, id).orElseThrow().ttl());

        clock().advanceSeconds(50);
        store().updateClaim(QUEUE, claim.id(), 300, 60);

        StoredMessage message = store().get(QUEUE, id).orElseThrow();
        assertEquals(360, message.ttl());
        assertEquals(clock().epochSecond() + 360, message.expires());
        clock().advanceSeconds(300);
        assertTrue(store().get(QUEUE, id).isPresent());
    }

    @Test
    default void renewingAClaimForLessNeverShortensALife() {
        String id = post(QUEUE, 1, 120).getFirst();
        Claim claim = claim(QUEUE, 1, 777, 23);
        long expires = store().get(QUEUE, id).orElseThrow().expires();

        store().updateClaim(QUEUE, claim.id(), 60, 0);

        StoredMessage message = store().get(QUEUE, id).orElseThrow();
        assertEquals(800, message.ttl());
        assertEquals(expires, message.expires());
        assertEquals(clock().epochSecond() + 60, message.claimExpires());
    }

    @Test
    default void anExpiredClaimCanBeNeitherReadNorRenewed() {
        post(QUEUE, 1);
        Claim claim = claim(QUEUE, 10, 1, 60);

        clock().advanceSeconds(1);

        assertEquals(Optional.empty(), store().getClaim(QUEUE, claim.id()));
        assertThrows(ClaimNotFoundException.class, () -> store().updateClaim(QUEUE, claim.id(), 300, 60));
    }

    @Test
    default void messagesOfAnExpiredClaimAreDeletedWithoutAClaim() {
        List<String> ids = post(QUEUE, 3, 60);
        claim(QUEUE, 10, 2, 2);

        clock().advanceSeconds(2);
        store().delete(QUEUE, ids.getFirst(), null);
        store().deleteAll(QUEUE, ids.subList(1, 3));

        assertEquals(0, store().stats(QUEUE).total());
    }

    @Test
    default void anIllFormedClaimIdIsAClaimThatDoesNotExist() {
        post(QUEUE, 1);

        store().deleteClaim(QUEUE, "illformed");

        assertEquals(Optional.empty(), store().getClaim(QUEUE, "illformed"));
        assertThrows(ClaimNotFoundException.class, () -> store().updateClaim(QUEUE, "illformed", 60, 60));
    }

    @Test
    default void aClaimedMessageIsDeletedOnlyWithItsOwnClaim() {
        post(QUEUE, 12);
        Claim other = claim(QUEUE, 10, 70, 60);
        Claim claim = claim(QUEUE, 10, 70, 60);
        assertEquals(2, claim.messages().size());
        String first = claim.messages().get(0).id();
        String second = claim.messages().get(1).id();

        assertThrows(ClaimRequiredException.class, () -> store().delete(QUEUE, first, other.id()));
        assertThrows(ClaimRequiredException.class, () -> store().delete(QUEUE, first, null));
        assertTrue(store().get(QUEUE, first).isPresent());

        store().delete(QUEUE, first, claim.id());
        assertEquals(Optional.empty(), store().get(QUEUE, first));
        store().delete(QUEUE, first, claim.id());

        store().deleteClaim(QUEUE, claim.id());
        assertThrows(ClaimNotValidException.class, () -> store().delete(QUEUE, second, claim.id()));
        assertTrue(store().get(QUEUE, second).isPresent());
    }

    @Test
    default void deletingAClaimedMessageWithAClaimThatDoesNotExistIsRefusedAsNotValid() {
        post(QUEUE, 1);
        String id = claim(QUEUE, 1, 300, 60).messages().getFirst().id();

        assertThrows(ClaimNotValidException.class, () -> store().delete(QUEUE, id, "00000000-0000-0000-0000-000000000000"));
        assertTrue(store().get(QUEUE, id).isPresent());
    }

    @Test
    default void aClaimIsEmptyWhenNothingCanBeClaimed() {
        store().createQueue(QUEUE, Map.of());
        assertEquals(Optional.empty(), store().claim(QUEUE, 10, 300, 60));

        post(QUEUE, 2);
        claim(QUEUE, 10, 300, 60);
        assertEquals(Optional.empty(), store().claim(QUEUE, 10, 300, 60));
    }

    @Test
    default void deletingAClaimMakesItsMessagesClaimableAtOnce() {
        List<String> ids = post(QUEUE, 3);
        Claim claim = claim(QUEUE, 10, 300, 60);

        store().deleteClaim(QUEUE, claim.id());

        assertEquals(ids, listIds(QUEUE, visible(null, 10)));
        Claim again = claim(QUEUE, 10, 300, 60);
        assertEquals(ids, ids(again.messages()));
        assertEquals(2, again.messages().getFirst().claimCount());
    }

    @Test
    default void messagesOfAnExpiredClaimCanBeClaimedAgain() {
        List<String> ids = post(QUEUE, 2);
        claim(QUEUE, 10, 60, 60);

        clock().advanceSeconds(60);

        assertEquals(ids, ids(claim(QUEUE, 10, 60, 60).messages()));
    }

    @Test
    default void aClaimTellsItsAgeFromItsLastRenewal() {
        post(QUEUE, 1);
        Claim claim = claim(QUEUE, 1, 300, 60);
        assertEquals(clock().epochSecond(), claim.updated());
        assertEquals(clock().epochSecond() + 300, claim.expires());

        clock().advanceSeconds(30);
        store().updateClaim(QUEUE, claim.id(), 300, 60);

        assertEquals(clock().epochSecond(), store().getClaim(QUEUE, claim.id()).orElseThrow().updated());
    }
}
