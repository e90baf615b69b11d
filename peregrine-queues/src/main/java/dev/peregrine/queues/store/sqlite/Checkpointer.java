package dev.peregrine.queues.store.sqlite;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies committed pages from SQLite's write-ahead log into the database file, on a platform
 * thread and connection of its own, so the writer never does it between two groups.
 *
 * <p>Left to SQLite, the checkpoint runs inside the commit that takes the log past 1,000 pages:
 * the callers of that group wait for pages to be copied and the database file fsynced on top of
 * their own fsync. Here a passive checkpoint (one that never waits for the writer or a reader)
 * runs every {@code period}; the writer's own automatic checkpoint stays as a backstop, at a size
 * this thread keeps the log well below.
 */
// PERF: measured here with 512 connections posting 10-message bodies open-loop (loadgen, 3
// interleaved rounds, medians): at 2,000 posts a second, p99 fell from 46 ms to 21 ms and p50
// from 3.1 ms to 1.0 ms; at 1,000 a second, p99 from 30 ms to 26 ms.
final class Checkpointer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpointer.class);

    private final Connection connection;
    private final long periodMillis;
    private final Thread thread;
    private volatile boolean closed;

    Checkpointer(Connection connection, Duration period, String name) {
        this.connection = connection;
        this.periodMillis = period.toMillis();
        this.thread = Thread.ofPlatform().name(name).daemon().unstarted(this::run);
        thread.start();
    }

    private void run() {
        try (Statement statement = connection.createStatement()) {
            while (!closed) {
                Thread.sleep(periodMillis);
                try (ResultSet result = statement.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                    result.next();
                } catch (SQLException e) {
                    LOG.warn("A checkpoint of the write-ahead log failed: {}", e.getMessage());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (SQLException e) {
            LOG.warn("The checkpointer stopped: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the checkpointer's connection failed: {}", e.getMessage());
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
