package dev.peregrine.queues.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void anIdIsAVersionSevenUuidStartingWithItsMillisecond() {
        UUID id = TimeOrderedIds.at(0x0190_1234_5678L);
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertTrue(id.toString().startsWith("01901234-5678-7"), id.toString());
    }

    @Test
    void idsSortByTheirMillisecondAsText() {
        String earlier = TimeOrderedIds.at(1_796_000_000_000L).toString();
        String later = TimeOrderedIds.at(1_796_000_000_001L).toString();
        assertTrue(earlier.compareTo(later) < 0, earlier + " should sort before " + later);
    }

    @Test
    void idsOfOneMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.at(42));
        }
        assertEquals(10_000, ids.size());
        assertNotEquals(TimeOrderedIds.next(), TimeOrderedIds.next());
    }

    @Test
    void aPostsIdsAreAsManyDistinctVersionSevenUuids() {
        List<String> ids = TimeOrderedIds.next(3);
        assertEquals(3, ids.size());
        assertEquals(3, Set.copyOf(ids).size());
        assertTrue(ids.stream().allMatch(id -> UUID.fromString(id).version() == 7), ids.toString());
    }
}
