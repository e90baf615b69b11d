package dev.peregrine.queues.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.SettableClock;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sweep gives back the rows of expired messages and ended claims, and only those. */
class SqliteSweeperTest {

    private static final QueueId QUEUE = new QueueId("", "jobs");

    @TempDir
    Path directory;

    @Test
    void aSweepDeletesExpiredMessagesAndEndedClaimsOnly() throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-06T12:00:00Z"));
        try (SqliteQueueStore store = SqliteQueueStore.open(directory, clock)) {
            store.post(QUEUE, "client", List.of(new NewMessage("kept", 600, 0)));
            store.post(QUEUE, "client", List.of(new NewMessage("extended", 60, 0), new NewMessage("expired", 60, 0)));
            store.claim(QUEUE, 1, 60, 60).orElseThrow();
            store.claim(QUEUE, 1, 600, 60).orElseThrow();

            clock.advanceSeconds(60);

            assertEquals(1, store.sweep());
            assertEquals(2, count("SELECT count(*) FROM messages"));
            assertEquals(1, count("SELECT count(*) FROM claims"));
            assertEquals(2, store.stats(QUEUE).total());
        }
    }

    @Test
    void aSweepOfManyExpiredMessagesTakesSeveralRounds() throws Exception {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-06T12:00:00Z"));
        int expired = Sweeper.MESSAGES_PER_ROUND * 2 + 1;
        try (SqliteQueueStore store = SqliteQueueStore.open(directory, clock)) {
            store.post(QUEUE, "client", Collections.nCopies(expired, new NewMessage("{}", 60, 0)));
            clock.advanceSeconds(60);

            assertEquals(expired, store.sweep());
            assertEquals(0, count("SELECT count(*) FROM messages"));
        }
    }

    private long count(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + directory.resolve(DataDirectory.DATABASE_FILE));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
