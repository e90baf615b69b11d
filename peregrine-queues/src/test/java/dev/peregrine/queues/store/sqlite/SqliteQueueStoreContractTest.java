package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.QueueStoreContract;
import dev.peregrine.queues.store.SettableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The store contract, run against SQLite in a fresh directory per test. */
class SqliteQueueStoreContractTest extends QueueStoreContract {

    @TempDir
    Path directory;

    @Override
    protected QueueStore newStore(SettableClock clock) {
        return SqliteQueueStore.open(directory, clock);
    }
}
