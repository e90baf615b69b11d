package dev.peregrine.queues.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * One connection with the statements prepared on it, each compiled once and reused. Used by one
 * thread at a time (the writer, or one reader), so it needs no locking.
 */
final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    StatementCache(Connection connection) {
        this.connection = connection;
    }

    /**
     * The statement for {@code sql}, compiled on first use; its parameters keep the values of its
     * last use until set again.
     */
    // PERF: SQLite compiles a statement in tens of microseconds, as long as running a small one;
    // every statement here runs many times, so each is compiled once per connection.
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    /** Runs a statement that takes no parameters and returns no rows ({@code BEGIN}, {@code COMMIT}, ...). */
    void execute(String sql) throws SQLException {
        prepare(sql).execute();
    }

    /** The connection itself, for what a statement cannot do. */
    Connection connection() {
        return connection;
    }

    /** Closes the statements and the connection. */
    @Override
    public void close() throws SQLException {
        for (PreparedStatement statement : statements.values()) {
            statement.close();
        }
        statements.clear();
        connection.close();
    }
}
