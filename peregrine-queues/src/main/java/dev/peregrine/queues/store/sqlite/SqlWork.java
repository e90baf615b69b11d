package dev.peregrine.queues.store.sqlite;

import java.sql.SQLException;

/**
 * A unit of work on the database, run on the writer thread or a reader thread inside a
 * transaction it does not manage.
 *
 * @param <T> what it answers
 */
@FunctionalInterface
interface SqlWork<T> {

    /**
     * Does the work.
     *
     * @param tables the tables, on the running thread's connection
     * @param now the store clock's time, in whole UNIX seconds, read once for this work
     */
    T run(Tables tables, long now) throws SQLException;
}
