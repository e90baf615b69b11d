package dev.peregrine.queues.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Queues: creation, metadata, listing, deletion and project isolation (Zaqar's QueueControllerTest and more). */
interface QueueContract extends ContractFixture {

    @ParameterizedTest(name = "project \"{0}\"")
    @ValueSource(strings = {"", "project"})
    default void listingPagesAProjectsQueuesByNameWithoutTheOtherProjects(String project) {
        String otherProject = project.isEmpty() ? "project" : "";
        for (int i = 0; i < 15; i++) {
            store().createQueue(new QueueId(project, "q" + (char) ('a' + i)), Map.of("n", i));
            store().createQueue(new QueueId(otherProject, "q" + (char) ('a' + i) + "-other"), Map.of());
        }

        QueuePage first = store().listQueues(project, null, 10, true);
        assertEquals(10, first.queues().size());
        for (QueueSummary queue : first.queues()) {
            assertFalse(queue.name().endsWith("-other"), queue.name());
            assertTrue(queue.metadata().containsKey("n"), queue.name());
        }
        assertEquals("qj", first.nextMarker());

        QueuePage second = store().listQueues(project, first.nextMarker(), 10, false);
        assertEquals(List.of("qk", "ql", "qm", "qn", "qo"), queueNames(second));
        for (QueueSummary queue : second.queues()) {
            assertNull(queue.metadata(), queue.name());
        }
        QueuePage end = store().listQueues(project, second.nextMarker(), 10, false);
        assertEquals(List.of(), end.queues());
        assertNull(end.nextMarker());
    }

    @Test
    default void queueLifecycleKeepsTheFirstMetadataUntilDeleted() {
        QueueId queue = new QueueId("project", "test");
        assertTrue(store().createQueue(queue, Map.of("meta", "test_meta")));
        assertTrue(store().queueExists(queue));
        assertEquals(List.of("test"), queueNames(store().listQueues("project", null, 10, false)));
        assertEquals(Optional.of(Map.of("meta", "test_meta")), store().metadata(queue));

        assertFalse(store().createQueue(queue, Map.of("meta", "other")));
        assertEquals(Optional.of(Map.of("meta", "test_meta")), store().metadata(queue));

        store().deleteQueue(queue);
        assertFalse(store().queueExists(queue));
        assertEquals(Optional.empty(), store().metadata(queue));
    }

    @Test
    default void metadataKeepsJsonValuesOfEveryKind() {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("_default_message_ttl", 120);
        metadata.put("_dead_letter_queue", null);
        metadata.put("_enable_encrypt_messages", false);
        metadata.put("nested", Map.of("list", List.of(1, "two", 3.5)));
        store().createQueue(QUEUE, metadata);

        assertEquals(Optional.of(metadata), store().metadata(QUEUE));
    }

    @Test
    default void updateMetadataStoresWhatTheChangeMakesOfTheCurrentMetadata() {
        store().createQueue(QUEUE, Map.of("a", 1));

        Map<String, Object> updated = store().updateMetadata(QUEUE, current -> {
            Map<String, Object> changed = new LinkedHashMap<>(current);
            changed.put("b", 2);
            return changed;
        });

        assertEquals(Map.of("a", 1, "b", 2), updated);
        assertEquals(Optional.of(Map.of("a", 1, "b", 2)), store().metadata(QUEUE));
    }

    @Test
    default void updateMetadataOfAQueueThatDoesNotExistFails() {
        assertThrows(QueueNotFoundException.class, () -> store().updateMetadata(QUEUE, current -> current));
        assertFalse(store().queueExists(QUEUE));
    }

    @Test
    default void updateMetadataThatThrowsChangesNothing() {
        store().createQueue(QUEUE, Map.of("a", 1));

        IllegalArgumentException refused = new IllegalArgumentException("refused");
        assertEquals(refused, assertThrows(IllegalArgumentException.class, () -> store().updateMetadata(QUEUE, current -> {
            throw refused;
        })));
        assertEquals(Optional.of(Map.of("a", 1)), store().metadata(QUEUE));
    }

    @Test
    default void postingCreatesTheQueueWithEmptyMetadata() {
        post(QUEUE, 1);

        assertTrue(store().queueExists(QUEUE));
        assertEquals(Optional.of(Map.of()), store().metadata(QUEUE));
    }

    @Test
    default void deleteQueueRemovesItsMessagesAndClaims() {
        List<String> ids = post(QUEUE, 3);
        Claim claim = claim(QUEUE, 2, 300, 60);

        store().deleteQueue(QUEUE);
        store().createQueue(QUEUE, Map.of());

        assertEquals(List.of(), store().getAll(QUEUE, ids));
        assertEquals(Optional.empty(), store().getClaim(QUEUE, claim.id()));
        assertEquals(0, store().stats(QUEUE).total());
        assertEquals(List.of(), store().list(QUEUE, everything(10)).messages());
    }

    @Test
    default void deleteQueueThatDoesNotExistDoesNothing() {
        store().deleteQueue(QUEUE);

        assertFalse(store().queueExists(QUEUE));
    }

    @Test
    default void purgeDeletesMessagesAndClaimsButKeepsTheQueue() {
        store().createQueue(QUEUE, Map.of("kept", true));
        List<String> ids = post(QUEUE, 3);
        Claim claim = claim(QUEUE, 1, 300, 60);

        store().purgeMessages(QUEUE);

        assertEquals(Optional.of(Map.of("kept", true)), store().metadata(QUEUE));
        assertEquals(List.of(), store().getAll(QUEUE, ids));
        assertEquals(Optional.empty(), store().getClaim(QUEUE, claim.id()));
        assertEquals(1, post(QUEUE, 1).size());
        assertEquals(1, store().stats(QUEUE).total());
    }

    @Test
    default void countQueuesCountsOnlyTheProjectsQueues() {
        store().createQueue(new QueueId("a", "one"), Map.of());
        store().createQueue(new QueueId("a", "two"), Map.of());
        store().createQueue(new QueueId("b", "one"), Map.of());

        assertEquals(2, store().countQueues("a"));
        assertEquals(1, store().countQueues("b"));
        assertEquals(0, store().countQueues(""));
    }

    @Test
    default void queuesOfTheSameNameInTwoProjectsAreTwoQueues() {
        QueueId mine = new QueueId("mine", "shared");
        QueueId theirs = new QueueId("theirs", "shared");
        List<String> ids = post(mine, 2);
        store().createQueue(theirs, Map.of("owner", "theirs"));

        assertEquals(List.of(), store().getAll(theirs, ids));
        assertEquals(0, store().stats(theirs).total());
        assertEquals(Optional.empty(), store().claim(theirs, 10, 300, 60));
        assertEquals(Optional.of(Map.of()), store().metadata(mine));
        assertEquals(2, store().stats(mine).total());
    }
}
