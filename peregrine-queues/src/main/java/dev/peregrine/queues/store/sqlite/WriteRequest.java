package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.StoreUnavailableException;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;

/**
 * One caller's work queued for the {@link GroupCommitWriter}: the writer runs it, keeps its outcome,
 * and hands the outcome to the waiting caller only once the group has committed.
 *
 * @param <T> what the work answers
 */
final class WriteRequest<T> {

    private final SqlWork<T> work;
    private final CompletableFuture<T> answer = new CompletableFuture<>();
    private T result;
    private Exception failure;

    WriteRequest(SqlWork<T> work) {
        this.work = work;
    }

    /**
     * Runs the work on the writer thread and keeps its outcome.
     *
     * @return true when it succeeded; false when it threw, and its writes must be undone
     */
    boolean run(Tables tables, long now) {
        try {
            result = work.run(tables, now);
            return true;
        } catch (SQLException e) {
            failure = new StoreUnavailableException("SQLite could not write: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            failure = e;
        }
        return false;
    }

    /** Hands the kept outcome to the caller; called once the group has committed. */
    void answer() {
        if (failure == null) {
            answer.complete(result);
        } else {
            answer.completeExceptionally(failure);
        }
    }

    /** Fails the request: its group did not commit. */
    void fail(StoreUnavailableException reason) {
        answer.completeExceptionally(reason);
    }

    /** Logs the failure of work nobody waits for: its own, or its group's. */
    void logFailure(Logger log) {
        if (answer.isCompletedExceptionally()) {
            log.warn("Periodic store work failed", answer.exceptionNow());
        }
    }

    /**
     * Waits for the outcome.
     *
     * @throws StoreUnavailableException when interrupted (the write may still commit) or when the
     *     group failed; the work's own exception when it threw one
     */
    T await() {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreUnavailableException("Interrupted while waiting for the store's writer; the write may still commit.", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new StoreUnavailableException("The store's writer failed: " + e.getCause(), e.getCause());
        }
    }
}
