package dev.peregrine.queues.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.ListQuery;
import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.SettableClock;
import dev.peregrine.queues.store.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a data directory: first start, restart, and the failures that name their fix. */
class SqliteStoreOpeningTest {

    private static final QueueId QUEUE = new QueueId("", "jobs");

    @TempDir
    Path temp;

    private final SettableClock clock = new SettableClock(Instant.parse("2026-12-06T12:00:00Z"));

    @Test
    void theFirstStartCreatesTheDirectoryAndTheDatabase() {
        Path directory = temp.resolve("a/b/data");

        try (SqliteQueueStore store = SqliteQueueStore.open(directory, clock)) {
            store.ping();
        }

        assertTrue(Files.isRegularFile(directory.resolve(DataDirectory.DATABASE_FILE)));
    }

    @Test
    void aRestartFindsWhatWasCommitted() {
        List<String> ids;
        try (SqliteQueueStore store = SqliteQueueStore.open(temp, clock)) {
            store.createQueue(QUEUE, Map.of("kept", 1));
            ids = store.post(QUEUE, "client", List.of(new NewMessage("[1]", 3600, 0)));
        }

        try (SqliteQueueStore store = SqliteQueueStore.open(temp, clock)) {
            assertEquals(Optional.of(Map.of("kept", 1)), store.metadata(QUEUE));
            assertEquals("[1]", store.get(QUEUE, ids.getFirst()).orElseThrow().bodyJson());
            assertEquals(ids.getFirst(), store.list(QUEUE, new ListQuery(
                    null, 10, "other", false, false, false)).messages().getFirst().id());
        }
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(temp.resolve("data"), "not a directory");

        String message = refusal(file);

        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains("is not a directory"), message);
    }

    @Test
    void aDirectoryThatCannotBeCreatedIsRefusedNamingIt() throws Exception {
        Path below = Files.writeString(temp.resolve("file"), "x").resolve("data");

        String message = refusal(below);

        assertTrue(message.contains("Cannot create the data directory " + below), message);
        assertTrue(message.contains("choose a directory this user can write to"), message);
    }

    @Test
    void aDirectoryAnotherStoreHoldsIsRefusedUntilThatStoreCloses() {
        try (SqliteQueueStore first = SqliteQueueStore.open(temp, clock)) {
            String message = refusal(temp);
            assertTrue(message.contains("is in use by another Peregrine Queues store"), message);
            assertTrue(message.contains(temp.resolve(DataDirectory.LOCK_FILE).toString()), message);
            first.ping();
        }

        try (SqliteQueueStore second = SqliteQueueStore.open(temp, clock)) {
            second.ping();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedNamingIt() throws Exception {
        Path database = Files.writeString(temp.resolve(DataDirectory.DATABASE_FILE), "x".repeat(4096));

        String message = refusal(temp);

        assertTrue(message.contains(database + " is not a SQLite database"), message);
        assertTrue(message.contains("Move it away"), message);
        assertOpensOnceTheDirectoryIsFree();
    }

    @Test
    void anotherApplicationsDatabaseIsRefused() throws Exception {
        execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)");

        String message = refusal(temp);

        assertTrue(message.contains("not a Peregrine Queues store"), message);
        assertOpensOnceTheDirectoryIsFree();
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefused() throws Exception {
        execute("PRAGMA user_version = 99");

        String message = refusal(temp);

        assertTrue(message.contains("written by a newer Peregrine Queues (schema version 99"), message);
        assertOpensOnceTheDirectoryIsFree();
    }

    private String refusal(Path directory) {
        return assertThrows(StoreUnavailableException.class, () -> SqliteQueueStore.open(directory, clock)).getMessage();
    }

    /** A refused open let go of the directory: once the bad file is gone, the store opens there. */
    private void assertOpensOnceTheDirectoryIsFree() throws Exception {
        Files.delete(temp.resolve(DataDirectory.DATABASE_FILE));
        try (SqliteQueueStore store = SqliteQueueStore.open(temp, clock)) {
            store.ping();
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + temp.resolve(DataDirectory.DATABASE_FILE));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
