package dev.peregrine.queues.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.QueueStoreConcurrencyContract;
import dev.peregrine.queues.store.SettableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The concurrency contract on a real SQLite store, whose concurrent posts also share commits. */
class SqliteConcurrencyTest extends QueueStoreConcurrencyContract {

    @TempDir
    Path directory;

    @Override
    protected QueueStore newStore(SettableClock clock) {
        return SqliteQueueStore.open(directory, clock);
    }

    @Override
    protected void checkAfterConcurrentPosts(QueueStore store) {
        SqliteQueueStore sqlite = (SqliteQueueStore) store;
        assertTrue(sqlite.groupsCommitted() < sqlite.writesCommitted(), "concurrent posts share commits: "
                + sqlite.groupsCommitted() + " groups for " + sqlite.writesCommitted() + " writes");
    }
}
