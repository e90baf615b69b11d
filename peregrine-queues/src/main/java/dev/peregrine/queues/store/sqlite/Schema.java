package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.StoreUnavailableException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The store's tables and indexes, created in an empty database and checked in an existing one
 * (SQLite's {@code user_version} holds the schema version).
 *
 * <p>Times are whole UNIX seconds. A message is claimed while {@code claim_expires > now}: whenever
 * {@code claim_id} is cleared, {@code claim_expires} is set to the present or earlier, so that one
 * column answers the question and the listing and claim scans never read {@code claim_id}.
 */
final class Schema {

    /** The version this code writes and reads. */
    static final int VERSION = 1;

    // NOTE: `position` is unique within a queue, guaranteed by the queue's next_position counter,
    // which only the writer thread advances, in the same transaction as the insert; no UNIQUE index
    // spends a second B-tree insert per message on re-checking it.
    // PERF: messages_in_order carries the columns every listing and claim filters on, so a scan
    // past claimed, delayed or expired messages stays inside the index and never reads a row (nor a
    // large body's overflow pages). body is the last column for the same reason.
    private static final String[] STATEMENTS = {
        """
        CREATE TABLE queues (
            queue_key     INTEGER PRIMARY KEY,
            project       TEXT    NOT NULL,
            name          TEXT    NOT NULL,
            metadata      TEXT    NOT NULL,
            created       INTEGER NOT NULL,
            next_position INTEGER NOT NULL,
            UNIQUE (project, name)
        ) STRICT""",
        """
        CREATE TABLE messages (
            queue_key     INTEGER NOT NULL,
            position      INTEGER NOT NULL,
            id            TEXT    NOT NULL,
            created       INTEGER NOT NULL,
            ttl           INTEGER NOT NULL,
            expires       INTEGER NOT NULL,
            client_id     TEXT    NOT NULL,
            delay_until   INTEGER NOT NULL,
            claim_id      TEXT,
            claim_expires INTEGER NOT NULL,
            claim_count   INTEGER NOT NULL,
            body          TEXT    NOT NULL
        ) STRICT""",
        "CREATE INDEX messages_in_order ON messages (queue_key, position, expires, claim_expires, delay_until)",
        "CREATE UNIQUE INDEX messages_by_id ON messages (queue_key, id)",
        "CREATE INDEX messages_by_claim ON messages (queue_key, claim_id) WHERE claim_id IS NOT NULL",
        "CREATE INDEX messages_by_expiry ON messages (expires)",
        """
        CREATE TABLE claims (
            queue_key INTEGER NOT NULL,
            id        TEXT    NOT NULL,
            ttl       INTEGER NOT NULL,
            grace     INTEGER NOT NULL,
            updated   INTEGER NOT NULL,
            expires   INTEGER NOT NULL,
            PRIMARY KEY (queue_key, id)
        ) STRICT, WITHOUT ROWID""",
        "CREATE INDEX claims_by_expiry ON claims (expires)",
        "PRAGMA user_version = " + VERSION,
    };

    private Schema() {
    }

    /**
     * Creates the schema in an empty database, or checks that an existing one is this version's.
     *
     * @throws StoreUnavailableException when the file holds another application's tables or a
     *     newer schema
     */
    static void prepare(Connection connection, Path file) throws SQLException {
        int version = userVersion(connection);
        if (version == VERSION) {
            return;
        }
        if (version > VERSION) {
            throw new StoreUnavailableException(file + " was written by a newer Peregrine Queues (schema version "
                    + version + "; this one knows " + VERSION + "). Run the newer version, or choose another data directory.");
        }
        if (version != 0 || tableCount(connection) != 0) {
            throw new StoreUnavailableException(file + " is a SQLite database, but not a Peregrine Queues store"
                    + " (it has other tables). Move it away, or choose another data directory.");
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                for (String sql : STATEMENTS) {
                    statement.execute(sql);
                }
                statement.execute("COMMIT");
            } catch (SQLException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int tableCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
