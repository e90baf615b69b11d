package dev.peregrine.queues.store.redis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.peregrine.queues.store.QueueId;
import io.lettuce.core.cluster.SlotHash;
import org.junit.jupiter.api.Test;

/** The Redis key layout: one hash tag per queue, whatever its project and name hold. */
class QueueKeysTest {

    @Test
    void everyKeyOfAQueueIsInItsSlot() {
        QueueKeys keys = QueueKeys.of(new QueueId("P", "Q"));
        int slot = SlotHash.getSlot(keys.queue());

        for (String key : new String[] {keys.counter(), keys.messages(), keys.expiries(), keys.claimed(), keys.claims(),
                keys.message("0190d2c4-7a4e-7c3b-9a6f-0123456789ab")}) {
            assertEquals(slot, SlotHash.getSlot(key), key);
        }
        assertEquals("q{P/Q}:msgs", keys.messages());
    }

    @Test
    void bracesInAProjectCannotEndTheHashTagEarly() {
        QueueKeys keys = QueueKeys.of(new QueueId("a}b{c", "Q"));

        assertEquals("q{a%7Db%7Bc/Q}", keys.queue());
        assertEquals(SlotHash.getSlot(keys.queue()), SlotHash.getSlot(keys.messages()));
    }

    @Test
    void projectsAndNamesThatLookAlikeGetDifferentKeys() {
        assertNotEquals(QueueKeys.of(new QueueId("P.x", "a.b")).queue(), QueueKeys.of(new QueueId("P", "x.a.b")).queue());
        assertNotEquals(QueueKeys.of(new QueueId("a/b", "c")).queue(), QueueKeys.of(new QueueId("a", "b/c")).queue());
        assertNotEquals(QueueKeys.of(new QueueId("%2F", "c")).queue(), QueueKeys.of(new QueueId("/", "c")).queue());
    }

    @Test
    void plainTextIsKeptAsItIs() {
        String project = "7a1b0f9e-project.with_dots";
        assertSame(project, QueueKeys.escape(project));
    }

    @Test
    void theProjectIndexIsTaggedByProjectAlone() {
        assertEquals("p{P}:queues", QueueKeys.projectIndex("P"));
        assertEquals(SlotHash.getSlot("{P}"), SlotHash.getSlot(QueueKeys.projectIndex("P")));
    }
}
