package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.StoreUnavailableException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one platform thread every write goes through, committing writes in groups.
 *
 * <p>Callers (virtual threads, typically) queue a {@link SqlWork} and wait. The writer takes the
 * oldest waiting request and every other one queued behind it, runs them in one transaction, each
 * inside its own savepoint so that one failing request leaves the others' writes in place, and
 * commits: one fsync for the whole group. Each caller is answered once its group has committed, so
 * a write that returned is on disk. Between groups the writer runs its periodic work (the sweep).
 */
final class GroupCommitWriter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    // NOTE: bounds how long a group's first caller waits for the others' work. Measured here, a
    // group of ~300 one-message posts took ~15 ms to run and commit, one of ~270 ten-message posts
    // ~100 ms; beyond this size a group saves no fsync worth the wait.
    private static final int MAX_GROUP = 1024;

    /** Queued by {@link #close()} to wake an idle writer; never run. */
    private static final WriteRequest<Void> WAKE_UP = new WriteRequest<>((tables, now) -> null);

    private final StatementCache statements;
    private final Tables tables;
    private final Clock clock;
    private final SqlWork<?> periodicWork;
    private final long periodNanos;
    private final Thread thread;

    // NOTE: unbounded, because each caller waits for its own request: there are never more
    // requests queued than callers waiting, and the HTTP layer bounds those.
    private final BlockingQueue<WriteRequest<?>> queued = new LinkedBlockingQueue<>();
    // Callers hold the read lock while queueing; close() takes the write lock to set `closed` and
    // queue WAKE_UP, the last request ever queued, so that the writer sees everything before it.
    private final ReadWriteLock admission = new ReentrantReadWriteLock();
    private boolean closed;

    private final LongAdder groups = new LongAdder();
    private final LongAdder requests = new LongAdder();

    /**
     * Starts the writer thread.
     *
     * @param statements the writer's connection, which it closes when it stops
     * @param periodicWork work run in a transaction of its own every {@code period}
     */
    GroupCommitWriter(StatementCache statements, Clock clock, SqlWork<?> periodicWork, Duration period, String name) {
        this.statements = statements;
        this.tables = Tables.on(statements);
        this.clock = clock;
        this.periodicWork = periodicWork;
        this.periodNanos = period.toNanos();
        this.thread = Thread.ofPlatform().name(name).unstarted(this::run);
        thread.start();
    }

    /**
     * Runs {@code work} in the writer's next group and waits until that group has committed.
     *
     * @return what the work answered
     * @throws StoreUnavailableException when the store is closed or SQLite failed; whatever else
     *     the work threw is rethrown as it is, its writes undone
     */
    <T> T write(SqlWork<T> work) {
        WriteRequest<T> request = new WriteRequest<>(work);
        admission.readLock().lock();
        try {
            if (closed) {
                throw new StoreUnavailableException("The store is closed.");
            }
            queued.add(request);
        } finally {
            admission.readLock().unlock();
        }
        return request.await();
    }

    /** Whether the writer thread is running. */
    boolean isRunning() {
        return thread.isAlive();
    }

    /** How many requests are queued, waiting for the writer to take them. */
    int queuedRequests() {
        return queued.size();
    }

    /** How many groups have committed so far. */
    long groupsCommitted() {
        return groups.sum();
    }

    /** How many requests have committed so far, in all groups. */
    long requestsCommitted() {
        return requests.sum();
    }

    private void run() {
        List<WriteRequest<?>> group = new ArrayList<>(MAX_GROUP);
        long nextPeriodic = System.nanoTime() + periodNanos;
        try {
            while (true) {
                WriteRequest<?> first = queued.poll(Math.max(0, nextPeriodic - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (first != null) {
                    group.add(first);
                    queued.drainTo(group, MAX_GROUP - 1);
                    if (group.getLast() == WAKE_UP) {
                        group.removeLast();
                    }
                    if (!group.isEmpty()) {
                        commit(group);
                    }
                    group.clear();
                }
                if (isClosed() && queued.isEmpty()) {
                    return;
                }
                if (System.nanoTime() - nextPeriodic >= 0) {
                    runPeriodicWork();
                    nextPeriodic = System.nanoTime() + periodNanos;
                }
            }
        } catch (InterruptedException e) {
            LOG.error("The store's writer was interrupted; writes fail until the store is reopened", e);
        } catch (RuntimeException | Error e) {
            LOG.error("The store's writer failed; writes fail until the store is reopened", e);
            throw e;
        } finally {
            stop(group);
        }
    }

    // NOTE: no pause to let a group grow: while one group commits (an fsync, a millisecond or
    // more), the next one queues up on its own, and a lone request is committed at once.
    private void commit(List<WriteRequest<?>> group) {
        try {
            statements.execute("BEGIN IMMEDIATE");
            for (WriteRequest<?> request : group) {
                statements.execute("SAVEPOINT request");
                if (request.run(tables, now())) {
                    statements.execute("RELEASE request");
                } else {
                    statements.execute("ROLLBACK TO request");
                    statements.execute("RELEASE request");
                }
            }
            statements.execute("COMMIT");
        } catch (SQLException e) {
            rollback();
            StoreUnavailableException failure = new StoreUnavailableException("SQLite could not commit: " + e.getMessage(), e);
            for (WriteRequest<?> request : group) {
                request.fail(failure);
            }
            return;
        }
        groups.increment();
        requests.add(group.size());
        for (WriteRequest<?> request : group) {
            request.answer();
        }
    }

    private void runPeriodicWork() {
        WriteRequest<?> request = new WriteRequest<>(periodicWork);
        commit(List.of(request));
        request.logFailure(LOG);
    }

    private void rollback() {
        try {
            statements.execute("ROLLBACK");
        } catch (SQLException e) {
            // NOTE: SQLite has already rolled back when the failure was an I/O error or a full disk.
            LOG.debug("ROLLBACK after a failed group: {}", e.getMessage());
        }
    }

    private long now() {
        return clock.instant().getEpochSecond();
    }

    private boolean isClosed() {
        admission.readLock().lock();
        try {
            return closed;
        } finally {
            admission.readLock().unlock();
        }
    }

    private void stop(List<WriteRequest<?>> unfinished) {
        admission.writeLock().lock();
        try {
            closed = true;
        } finally {
            admission.writeLock().unlock();
        }
        StoreUnavailableException stopped = new StoreUnavailableException("The store's writer has stopped.");
        for (WriteRequest<?> request : unfinished) {
            request.fail(stopped);
        }
        for (WriteRequest<?> request; (request = queued.poll()) != null; ) {
            request.fail(stopped);
        }
        try {
            statements.close();
        } catch (SQLException e) {
            LOG.warn("Closing the writer's connection failed: {}", e.getMessage());
        }
    }

    /** Commits what is queued, then stops the thread and closes its connection. */
    @Override
    public void close() {
        admission.writeLock().lock();
        try {
            closed = true;
            queued.add(WAKE_UP);
        } finally {
            admission.writeLock().unlock();
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
