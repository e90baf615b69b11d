package dev.peregrine.queues.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Committed pages reach the database file while the store runs, without the writer checkpointing:
 * in WAL mode only a checkpoint writes to the database file, and the writer's own automatic one
 * waits for a log far larger than this test writes.
 */
class SqliteCheckpointerTest {

    @TempDir
    Path directory;

    @Test
    void theLogIsCopiedIntoTheDatabaseBetweenCommits() throws Exception {
        Path database = directory.resolve(DataDirectory.DATABASE_FILE);
        try (SqliteQueueStore store = SqliteQueueStore.open(directory, Clock.systemUTC())) {
            long emptySize = Files.size(database);
            store.post(new QueueId("", "jobs"), "client", Collections.nCopies(2_000, new NewMessage("{\"n\":1}", 600, 0)));
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (Files.size(database) == emptySize && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.size(database) > emptySize, "the database file never grew: no checkpoint ran");
            assertEquals(2_000, store.stats(new QueueId("", "jobs")).total());
        }
    }
}
