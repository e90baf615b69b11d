package dev.peregrine.queues.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.SettableClock;
import dev.peregrine.queues.store.StoreUnavailableException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer's group commit: writes that queue up while it is busy commit in one transaction, and
 * one failing write undoes only its own changes. The writer is held busy by a metadata change
 * that waits on a latch, since that change runs on the writer thread.
 */
class SqliteGroupCommitTest {

    private static final QueueId QUEUE = new QueueId("project", "group");
    private static final QueueId BLOCKER = new QueueId("project", "blocker");
    private static final String CLIENT = "3381af92-2b9e-11e3-b191-71861300734c";

    @TempDir
    Path directory;

    private SqliteQueueStore store;
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch writerBusy = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeEach
    void open() {
        store = SqliteQueueStore.open(directory, new SettableClock(Instant.parse("2026-12-06T12:00:00Z")));
        store.createQueue(BLOCKER, Map.of());
        store.createQueue(QUEUE, Map.of("kept", true));
    }

    @AfterEach
    void close() {
        release.countDown();
        callers.close();
        store.close();
    }

    @Test
    void writesQueuedWhileTheWriterIsBusyCommitInOneGroup() throws Exception {
        Future<?> blocker = holdTheWriter();
        long groupsBefore = store.groupsCommitted();
        List<Future<List<String>>> posts = List.of(postLater(), postLater(), postLater(), postLater());
        awaitQueuedWrites(4);

        release.countDown();
        blocker.get();
        for (Future<List<String>> post : posts) {
            assertTrue(store.get(QUEUE, post.get().getFirst()).isPresent());
        }

        assertEquals(groupsBefore + 2, store.groupsCommitted());
    }

    @Test
    void aFailingWriteLeavesTheOtherWritesOfItsGroupCommitted() throws Exception {
        Future<?> blocker = holdTheWriter();
        Future<List<String>> before = postLater();
        Future<?> failing = callers.submit(() -> store.updateMetadata(QUEUE, current -> {
            current.put("changed", true);
            throw new IllegalArgumentException("refused");
        }));
        awaitQueuedWrites(2);
        Future<List<String>> after = postLater();
        awaitQueuedWrites(3);

        release.countDown();
        blocker.get();

        ExecutionException failure = assertThrows(ExecutionException.class, failing::get);
        assertInstanceOf(IllegalArgumentException.class, failure.getCause());
        assertEquals(Optional.of(Map.of("kept", true)), store.metadata(QUEUE));
        assertTrue(store.get(QUEUE, before.get().getFirst()).isPresent());
        assertTrue(store.get(QUEUE, after.get().getFirst()).isPresent());
    }

    @Test
    void closingFinishesTheQueuedWritesThenRefusesNewOnes() throws Exception {
        Future<?> blocker = holdTheWriter();
        Future<List<String>> queued = postLater();
        awaitQueuedWrites(1);
        Future<?> closing = callers.submit(store::close);

        release.countDown();
        closing.get();
        blocker.get();

        String id = queued.get().getFirst();
        assertThrows(StoreUnavailableException.class, () -> post());
        store = SqliteQueueStore.open(directory, new SettableClock(Instant.parse("2026-12-06T12:00:00Z")));
        assertTrue(store.get(QUEUE, id).isPresent());
    }

    private Future<?> holdTheWriter() throws InterruptedException {
        Future<?> blocker = callers.submit(() -> store.updateMetadata(BLOCKER, current -> {
            writerBusy.countDown();
            awaitUninterruptibly(release);
            return current;
        }));
        writerBusy.await();
        return blocker;
    }

    private Future<List<String>> postLater() {
        return callers.submit(this::post);
    }

    private List<String> post() {
        return store.post(QUEUE, CLIENT, List.of(new NewMessage("{}", 3600, 0)));
    }

    private void awaitQueuedWrites(int count) throws InterruptedException {
        while (store.queuedWrites() < count) {
            Thread.sleep(1);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // NOTE: the writer is never interrupted in these tests; keep waiting for the release.
            }
        }
    }
}
