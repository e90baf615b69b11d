package dev.peregrine.queues.store.sqlite;

import java.sql.SQLException;

/**
 * Deletes expired messages and ended claims, of every queue. Nothing depends on it for
 * correctness (every query filters by time); it only gives the space back.
 */
final class Sweeper implements SqlWork<Integer> {

    // NOTE: bounded, so that a sweep after a mass expiry delays the writes queued behind it by a
    // few milliseconds only; what is left goes in the next rounds.
    static final int MESSAGES_PER_ROUND = 5_000;

    /** Deletes up to {@link #MESSAGES_PER_ROUND} expired messages and every ended claim; answers the messages deleted. */
    @Override
    public Integer run(Tables tables, long now) throws SQLException {
        tables.claims().deleteEnded(now);
        return tables.messages().deleteExpired(MESSAGES_PER_ROUND, now);
    }
}
