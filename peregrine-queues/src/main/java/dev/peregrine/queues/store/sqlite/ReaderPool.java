package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.StoreUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A few platform threads that run reads, each on its own read-only connection. In WAL mode they
 * read while the writer writes, each read seeing the database as of its last commit.
 */
// NOTE: sqlite-jdbc's native calls are synchronized on their connection, and a virtual thread
// blocked in a native call holds its carrier; reads therefore run here, on platform threads, with
// one connection each, and the virtual threads that asked wait for them.
final class ReaderPool implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ReaderPool.class);

    private final ExecutorService threads;
    private final Supplier<Connection> connections;
    private final Clock clock;
    private final ThreadLocal<Reader> reader = new ThreadLocal<>();
    private final Queue<StatementCache> opened = new ConcurrentLinkedQueue<>();

    /** One reader's connection, statements and tables. */
    private record Reader(StatementCache statements, Tables tables) {
    }

    /**
     * Starts {@code size} reader threads.
     *
     * @param connections opens a read-only connection, once per reader thread
     */
    ReaderPool(int size, Supplier<Connection> connections, Clock clock, String name) {
        this.connections = connections;
        this.clock = clock;
        this.threads = Executors.newFixedThreadPool(size, Thread.ofPlatform().name(name + "-", 1).factory());
    }

    /**
     * Runs {@code work} in a read transaction on a reader thread and waits for its answer.
     *
     * @throws StoreUnavailableException when the store is closed or SQLite failed; whatever else
     *     the work threw is rethrown as it is
     */
    <T> T read(SqlWork<T> work) {
        Future<T> answer;
        try {
            answer = threads.submit(() -> runOnReader(work));
        } catch (RejectedExecutionException e) {
            throw new StoreUnavailableException("The store is closed.", e);
        }
        try {
            return answer.get();
        } catch (InterruptedException e) {
            answer.cancel(false);
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while waiting for a read.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof SQLException cause) {
                throw new StoreUnavailableException("SQLite could not read: " + cause.getMessage(), cause);
            }
            throw new StoreUnavailableException("A read failed: " + e.getCause(), e.getCause());
        }
    }

    private <T> T runOnReader(SqlWork<T> work) throws SQLException {
        Reader current = reader.get();
        if (current == null) {
            StatementCache statements = new StatementCache(connections.get());
            opened.add(statements);
            current = new Reader(statements, Tables.on(statements));
            reader.set(current);
        }
        // NOTE: one transaction per read, so that a read of several statements sees one snapshot;
        // it ends at once, so that no reader holds back the WAL checkpoint.
        current.statements().execute("BEGIN");
        try {
            return work.run(current.tables(), clock.instant().getEpochSecond());
        } finally {
            current.statements().execute("COMMIT");
        }
    }

    /** Finishes the reads under way, stops the threads and closes their connections. */
    @Override
    public void close() {
        threads.shutdown();
        boolean interrupted = false;
        while (true) {
            try {
                if (threads.awaitTermination(1, TimeUnit.MINUTES)) {
                    break;
                }
                LOG.warn("Still waiting for the store's reads to finish");
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        for (StatementCache statements; (statements = opened.poll()) != null; ) {
            try {
                statements.close();
            } catch (SQLException e) {
                LOG.warn("Closing a reader's connection failed: {}", e.getMessage());
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
