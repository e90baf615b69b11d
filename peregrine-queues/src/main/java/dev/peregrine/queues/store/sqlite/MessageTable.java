package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.ListQuery;
import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.StoredMessage;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code messages} table. Every query names the queue: a message id is only found through
 * the queue that holds it. Expired messages ({@code expires <= now}) are filtered out by every
 * query, so they are gone before the sweeper deletes them.
 */
final class MessageTable {

    /**
     * A message that may be claimed, as the claim step needs it.
     *
     * @param position where it stands
     * @param claimCount how many claims have taken it
     */
    record Candidate(long position, int claimCount) {
    }

    /**
     * A queue's message counts.
     *
     * @param total messages not expired
     * @param claimed those a live claim holds
     */
    record Counts(long total, long claimed) {
    }

    private static final String COLUMNS =
            "position, id, body, created, ttl, expires, client_id, delay_until, claim_id, claim_expires, claim_count";

    // NOTE: parameters ?2 (the claim's end), ?3 (claim ttl + grace) and ?4 (now + claim ttl + grace)
    // in every statement that uses it. A message that would expire before the claim ends lives on
    // until the grace after it; no life is ever shortened.
    private static final String EXTEND_LIFETIME = """
            ttl = CASE WHEN expires < ?2 THEN ?3 ELSE ttl END,
            expires = CASE WHEN expires < ?2 THEN ?4 ELSE expires END""";

    private final StatementCache sql;

    MessageTable(StatementCache sql) {
        this.sql = sql;
    }

    /** Inserts a message at {@code position}, not claimed. */
    void insert(long queueKey, long position, String id, String clientId, NewMessage message, long now)
            throws SQLException {
        PreparedStatement insert = sql.prepare("INSERT INTO messages (queue_key, position, id, created, ttl, expires,"
                + " client_id, delay_until, claim_id, claim_expires, claim_count, body)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, 0, 0, ?)");
        insert.setLong(1, queueKey);
        insert.setLong(2, position);
        insert.setString(3, id);
        insert.setLong(4, now);
        insert.setInt(5, message.ttl());
        insert.setLong(6, now + message.ttl());
        insert.setString(7, clientId);
        insert.setLong(8, now + message.delay());
        insert.setString(9, message.bodyJson());
        insert.executeUpdate();
    }

    /**
     * Up to {@code query.limit()} messages after {@code afterPosition} that match the query, oldest
     * first. Non-matching messages are skipped inside the query, so the page is only short when
     * no more messages match.
     */
    // PERF: the filters run inside SQLite's scan of messages_in_order, which holds every column
    // they test but client_id; no window of rows is fetched and filtered here (Zaqar's Redis
    // driver does that, and its pages come back short or empty when a window is all filtered).
    List<StoredMessage> page(long queueKey, long afterPosition, ListQuery query, long now) throws SQLException {
        StringBuilder where = new StringBuilder("queue_key = ?1 AND position > ?2 AND expires > ?3");
        if (!query.includeClaimed()) {
            where.append(" AND claim_expires <= ?3");
        }
        if (!query.includeDelayed()) {
            where.append(" AND delay_until <= ?3");
        }
        boolean hideOwn = !query.echo() && query.clientId() != null;
        if (hideOwn) {
            where.append(" AND client_id <> ?4");
        }
        PreparedStatement select = sql.prepare(
                "SELECT " + COLUMNS + " FROM messages WHERE " + where + " ORDER BY position LIMIT ?5");
        select.setLong(1, queueKey);
        select.setLong(2, afterPosition);
        select.setLong(3, now);
        select.setString(4, hideOwn ? query.clientId() : null);
        select.setInt(5, query.limit());
        return readAll(select, query.limit());
    }

    /** The message with this id in the queue, or {@code null} when there is none or it expired. */
    StoredMessage find(long queueKey, String id, long now) throws SQLException {
        PreparedStatement select = sql.prepare(
                "SELECT " + COLUMNS + " FROM messages WHERE queue_key = ? AND id = ? AND expires > ?");
        select.setLong(1, queueKey);
        select.setString(2, id);
        select.setLong(3, now);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? read(rows) : null;
        }
    }

    /** The queue's oldest ({@code newest} false) or newest message, or {@code null} when it has none. */
    StoredMessage end(long queueKey, boolean newest, long now) throws SQLException {
        PreparedStatement select = sql.prepare("SELECT " + COLUMNS + " FROM messages WHERE queue_key = ? AND expires > ?"
                + " ORDER BY position " + (newest ? "DESC" : "ASC") + " LIMIT 1");
        select.setLong(1, queueKey);
        select.setLong(2, now);
        try (ResultSet rows = select.executeQuery()) {
            return rows.next() ? read(rows) : null;
        }
    }

    /** How many messages the queue has, and how many of them a live claim holds. */
    Counts count(long queueKey, long now) throws SQLException {
        PreparedStatement select = sql.prepare("SELECT count(*), total(claim_expires > ?2) FROM messages"
                + " WHERE queue_key = ?1 AND expires > ?2");
        select.setLong(1, queueKey);
        select.setLong(2, now);
        try (ResultSet rows = select.executeQuery()) {
            rows.next();
            return new Counts(rows.getLong(1), rows.getLong(2));
        }
    }

    /**
     * Up to {@code limit} of the oldest messages that may be claimed: not expired, not delayed,
     * and not held by a live claim. Each is tested on its own, so a claimed or delayed message
     * anywhere in the queue is never taken.
     */
    List<Candidate> claimable(long queueKey, int limit, long now) throws SQLException {
        PreparedStatement select = sql.prepare("SELECT position, claim_count FROM messages WHERE queue_key = ?1"
                + " AND expires > ?2 AND claim_expires <= ?2 AND delay_until <= ?2 ORDER BY position LIMIT ?3");
        select.setLong(1, queueKey);
        select.setLong(2, now);
        select.setInt(3, limit);
        List<Candidate> candidates = new ArrayList<>(limit);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                candidates.add(new Candidate(rows.getLong(1), rows.getInt(2)));
            }
        }
        return candidates;
    }

    /** Marks the message at {@code position} as held by the claim, counting the claim and extending its life. */
    void claim(long queueKey, long position, String claimId, int ttl, int grace, long now) throws SQLException {
        PreparedStatement update = sql.prepare("UPDATE messages SET claim_id = ?1, claim_expires = ?2,"
                + " claim_count = claim_count + 1, " + EXTEND_LIFETIME + " WHERE queue_key = ?5 AND position = ?6");
        bindClaim(update, claimId, ttl, grace, now);
        update.setLong(5, queueKey);
        update.setLong(6, position);
        update.executeUpdate();
    }

    /** Renews the claim on the messages it still holds from {@code now}, extending their lives. */
    void renewClaim(long queueKey, String claimId, int ttl, int grace, long now) throws SQLException {
        PreparedStatement update = sql.prepare("UPDATE messages SET claim_expires = ?2, " + EXTEND_LIFETIME
                + " WHERE queue_key = ?5 AND claim_id = ?1 AND claim_expires > ?6");
        bindClaim(update, claimId, ttl, grace, now);
        update.setLong(5, queueKey);
        update.setLong(6, now);
        update.executeUpdate();
    }

    private static void bindClaim(PreparedStatement update, String claimId, int ttl, int grace, long now)
            throws SQLException {
        update.setString(1, claimId);
        update.setLong(2, now + ttl);
        update.setLong(3, (long) ttl + grace);
        update.setLong(4, now + ttl + grace);
    }

    /** The messages a live claim holds, oldest first. */
    // PERF: without INDEXED BY, SQLite (which has no statistics here) walks the whole queue in
    // messages_in_order to spare itself sorting a claim's few messages (EXPLAIN QUERY PLAN).
    List<StoredMessage> ofClaim(long queueKey, String claimId, long now) throws SQLException {
        PreparedStatement select = sql.prepare("SELECT " + COLUMNS + " FROM messages INDEXED BY messages_by_claim"
                + " WHERE queue_key = ? AND claim_id = ? AND claim_expires > ? ORDER BY position");
        select.setLong(1, queueKey);
        select.setString(2, claimId);
        select.setLong(3, now);
        return readAll(select, 16);
    }

    /** Lets go of the messages the claim holds: they may be claimed again at once. */
    void release(long queueKey, String claimId, long now) throws SQLException {
        PreparedStatement update = sql.prepare("UPDATE messages SET claim_id = NULL, claim_expires = min(claim_expires, ?)"
                + " WHERE queue_key = ? AND claim_id = ?");
        update.setLong(1, now);
        update.setLong(2, queueKey);
        update.setString(3, claimId);
        update.executeUpdate();
    }

    /**
     * Moves the message at {@code position} to another queue's {@code targetPosition}, unclaimed
     * and with no claims counted; with a {@code ttl} it lives that long from now, else as before.
     */
    void move(long queueKey, long position, long targetKey, long targetPosition, Integer ttl, long now)
            throws SQLException {
        PreparedStatement update = sql.prepare("UPDATE messages SET queue_key = ?, position = ?, claim_id = NULL,"
                + " claim_expires = 0, claim_count = 0, ttl = coalesce(?, ttl), expires = coalesce(?, expires)"
                + " WHERE queue_key = ? AND position = ?");
        update.setLong(1, targetKey);
        update.setLong(2, targetPosition);
        if (ttl == null) {
            update.setNull(3, Types.INTEGER);
            update.setNull(4, Types.INTEGER);
        } else {
            update.setInt(3, ttl);
            update.setLong(4, now + ttl);
        }
        update.setLong(5, queueKey);
        update.setLong(6, position);
        update.executeUpdate();
    }

    /** Deletes the message with this id from the queue, if it is there. */
    void delete(long queueKey, String id) throws SQLException {
        PreparedStatement delete = sql.prepare("DELETE FROM messages WHERE queue_key = ? AND id = ?");
        delete.setLong(1, queueKey);
        delete.setString(2, id);
        delete.executeUpdate();
    }

    /** Deletes the message at {@code position} of the queue. */
    void deleteAt(long queueKey, long position) throws SQLException {
        PreparedStatement delete = sql.prepare("DELETE FROM messages WHERE queue_key = ? AND position = ?");
        delete.setLong(1, queueKey);
        delete.setLong(2, position);
        delete.executeUpdate();
    }

    /** Deletes every message of the queue. */
    void deleteAllOf(long queueKey) throws SQLException {
        PreparedStatement delete = sql.prepare("DELETE FROM messages WHERE queue_key = ?");
        delete.setLong(1, queueKey);
        delete.executeUpdate();
    }

    /** Deletes up to {@code limit} expired messages, of any queue, and answers how many. */
    int deleteExpired(int limit, long now) throws SQLException {
        PreparedStatement delete = sql.prepare("DELETE FROM messages WHERE rowid IN"
                + " (SELECT rowid FROM messages WHERE expires <= ? LIMIT ?)");
        delete.setLong(1, now);
        delete.setInt(2, limit);
        return delete.executeUpdate();
    }

    private static List<StoredMessage> readAll(PreparedStatement select, int expected) throws SQLException {
        List<StoredMessage> messages = new ArrayList<>(expected);
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                messages.add(read(rows));
            }
        }
        return messages;
    }

    private static StoredMessage read(ResultSet row) throws SQLException {
        return new StoredMessage(row.getString(2), row.getLong(1), row.getString(3), row.getLong(4), row.getInt(5),
                row.getLong(6), row.getString(7), row.getLong(8), row.getString(9), row.getLong(10), row.getInt(11));
    }
}
