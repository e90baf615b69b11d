package dev.peregrine.queues.store.sqlite;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The {@code claims} table: one row per claim, keyed by queue and claim id. Which messages a claim
 * holds is kept on the messages ({@code claim_id}); a claim is live while {@code expires > now}.
 */
final class ClaimTable {

    /**
     * A claim's row.
     *
     * @param id the claim id
     * @param ttl its time to live in seconds
     * @param grace the seconds its messages outlive it
     * @param updated when it was created or last renewed
     * @param expires when it ends
     */
    record Row(String id, int ttl, int grace, long updated, long expires) {
    }

    private final StatementCache sql;

    ClaimTable(StatementCache sql) {
        this.sql = sql;
    }

    /** Records a claim made {@code now}. */
    Row insert(long queueKey, String id, int ttl, int grace, long now) throws SQLException {
        PreparedStatement insert = sql.prepare(
                "INSERT INTO claims (queue_key, id, ttl, grace, updated, expires) VALUES (?, ?, ?, ?, ?, ?)");
        insert.setLong(1, queueKey);
        insert.setString(2, id);
        insert.setInt(3, ttl);
        insert.setInt(4, grace);
        insert.setLong(5, now);
        insert.setLong(6, now + ttl);
        insert.executeUpdate();
        return new Row(id, ttl, grace, now, now + ttl);
    }

    /** The queue's claim with this id while it is live, else {@code null}. */
    Row findLive(long queueKey, String id, long now) throws SQLException {
        PreparedStatement select = sql.prepare(
                "SELECT ttl, grace, updated, expires FROM claims WHERE queue_key = ? AND id = ? AND expires > ?");
        select.setLong(1, queueKey);
        select.setString(2, id);
        select.setLong(3, now);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? new Row(id, rows.getInt(1), rows.getInt(2), rows.getLong(3), rows.getLong(4)) : null;
        }
    }

    /** Renews the claim from {@code now} with a new ttl and grace. */
    void renew(long queueKey, String id, int ttl, int grace, long now) throws SQLException {
        PreparedStatement update = sql.prepare(
                "UPDATE claims SET ttl = ?, grace = ?, updated = ?, expires = ? WHERE queue_key = ? AND id = ?");
        update.setInt(1, ttl);
        update.setInt(2, grace);
        update.setLong(3, now);
        update.setLong(4, now + ttl);
        update.setLong(5, queueKey);
        update.setString(6, id);
        update.executeUpdate();
    }

    /** Deletes the claim's row, live or ended. */
    void delete(long queueKey, String id) throws SQLException {
        PreparedStatement delete = sql.prepare("DELETE FROM claims WHERE queue_key = ? AND id = ?");
        delete.setLong(1, queueKey);
        delete.setString(2, id);
        delete.executeUpdate();
    }

    /** Deletes every claim of the queue. */
    void deleteAllOf(long queueKey) throws SQLException {
        PreparedStatement delete = sql.prepare("DELETE FROM claims WHERE queue_key = ?");
        delete.setLong(1, queueKey);
        delete.executeUpdate();
    }

    /** Deletes the claims that have ended, of any queue, and answers how many. */
    int deleteEnded(long now) throws SQLException {
        PreparedStatement delete = sql.prepare("DELETE FROM claims WHERE expires <= ?");
        delete.setLong(1, now);
        return delete.executeUpdate();
    }
}
