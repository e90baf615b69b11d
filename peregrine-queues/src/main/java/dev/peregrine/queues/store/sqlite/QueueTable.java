package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.MetadataJson;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueueSummary;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The {@code queues} table: one row per queue, keyed by project and name, with its position counter. */
final class QueueTable {

    /**
     * A queue's row.
     *
     * @param key the queue's key, which its messages and claims carry
     * @param metadataJson its metadata, as JSON text
     * @param nextPosition the position its next message gets
     */
    record Row(long key, String metadataJson, long nextPosition) {
    }

    private final StatementCache sql;

    QueueTable(StatementCache sql) {
        this.sql = sql;
    }

    /** The queue's row, or {@code null} when it does not exist. */
    Row find(QueueId queue) throws SQLException {
        PreparedStatement select = sql.prepare(
                "SELECT queue_key, metadata, next_position FROM queues WHERE project = ? AND name = ?");
        select.setString(1, queue.project());
        select.setString(2, queue.name());
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? new Row(rows.getLong(1), rows.getString(2), rows.getLong(3)) : null;
        }
    }

    /** Creates the queue; false when it exists, which is then left as it is. */
    boolean create(QueueId queue, String metadataJson, long now) throws SQLException {
        PreparedStatement insert = sql.prepare("""
                INSERT INTO queues (project, name, metadata, created, next_position) VALUES (?, ?, ?, ?, 1)
                ON CONFLICT (project, name) DO NOTHING""");
        insert.setString(1, queue.project());
        insert.setString(2, queue.name());
        insert.setString(3, metadataJson);
        insert.setLong(4, now);
        return insert.executeUpdate() == 1;
    }

    /** The queue's row, after creating the queue with empty metadata when it does not exist. */
    Row findOrCreate(QueueId queue, long now) throws SQLException {
        Row row = find(queue);
        if (row != null) {
            return row;
        }
        create(queue, "{}", now);
        return find(queue);
    }

    /** Takes {@code count} consecutive positions from the queue's counter and answers the first. */
    long reservePositions(Row queue, int count) throws SQLException {
        PreparedStatement update = sql.prepare("UPDATE queues SET next_position = next_position + ? WHERE queue_key = ?");
        update.setInt(1, count);
        update.setLong(2, queue.key());
        update.executeUpdate();
        return queue.nextPosition();
    }

    /** Replaces the queue's metadata. */
    void setMetadata(long queueKey, String metadataJson) throws SQLException {
        PreparedStatement update = sql.prepare("UPDATE queues SET metadata = ? WHERE queue_key = ?");
        update.setString(1, metadataJson);
        update.setLong(2, queueKey);
        update.executeUpdate();
    }

    /** Deletes the queue's row (its messages and claims are the caller's to delete). */
    void delete(long queueKey) throws SQLException {
        PreparedStatement delete = sql.prepare("DELETE FROM queues WHERE queue_key = ?");
        delete.setLong(1, queueKey);
        delete.executeUpdate();
    }

    /** Up to {@code limit} of the project's queues after {@code marker} (or from the first), in name order. */
    List<QueueSummary> page(String project, String marker, int limit, boolean detailed) throws SQLException {
        PreparedStatement select = sql.prepare(
                "SELECT name, metadata FROM queues WHERE project = ? AND name > ? ORDER BY name LIMIT ?");
        select.setString(1, project);
        select.setString(2, marker == null ? "" : marker);
        select.setInt(3, limit);
        List<QueueSummary> queues = new ArrayList<>(limit);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                queues.add(new QueueSummary(rows.getString(1), detailed ? MetadataJson.read(rows.getString(2)) : null));
            }
        }
        return queues;
    }

    /** How many queues the project has. */
    long count(String project) throws SQLException {
        PreparedStatement select = sql.prepare("SELECT count(*) FROM queues WHERE project = ?");
        select.setString(1, project);
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
