package dev.peregrine.queues.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Many threads on one real store at once, as tests: a store's test extends this class and says
 * how to open a fresh, empty store. Nothing waits for a time to pass: readers and consumers that
 * find nothing yet try again until they have seen what they wait for (the timeout only stops a
 * broken store from hanging the build).
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
public abstract class QueueStoreConcurrencyContract {

    private static final QueueId QUEUE = new QueueId("project", "busy");
    private static final String PRODUCER = "3381af92-2b9e-11e3-b191-71861300734c";
    private static final String OBSERVER = "9e8f2b5a-0c1d-4e6f-8a7b-1c2d3e4f5a6b";

    private QueueStore store;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    // Set when any task fails, so that the others stop waiting for what will never come.
    private final AtomicBoolean failed = new AtomicBoolean();

    /** Opens a new, empty store that reads {@code clock}; the contract closes it after the test. */
    protected abstract QueueStore newStore(SettableClock clock) throws Exception;

    /**
     * Checks what this store should show after the concurrent posts of
     * {@link #observersPagingByMarkerSeeEveryMessageOnceInOrderWhileProducersPost}; nothing by default.
     */
    protected void checkAfterConcurrentPosts(QueueStore store) {
    }

    @BeforeEach
    final void open() throws Exception {
        store = newStore(new SettableClock(Instant.parse("2026-12-06T12:00:00Z")));
    }

    @AfterEach
    final void close() {
        threads.shutdownNow();
        store.close();
    }

    @Test
    public void observersPagingByMarkerSeeEveryMessageOnceInOrderWhileProducersPost() throws Exception {
        int producers = 32;
        int perProducer = 500;
        int total = producers * perProducer;
        List<Future<List<String>>> observers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            observers.add(submit(() -> observe(producers, total)));
        }
        List<Future<?>> posting = new ArrayList<>();
        for (int p = 0; p < producers; p++) {
            int producer = p;
            posting.add(submit(() -> {
                for (int s = 0; s < perProducer; s++) {
                    store.post(QUEUE, PRODUCER, List.of(new NewMessage("[" + producer + "," + s + "]", 3600, 0)));
                }
                return null;
            }));
        }
        for (Future<?> producer : posting) {
            producer.get();
        }

        List<String> firstObserved = observers.getFirst().get();
        assertEquals(total, firstObserved.size());
        for (Future<List<String>> observer : observers) {
            assertEquals(firstObserved, observer.get());
        }
        checkAfterConcurrentPosts(store);
    }

    /** Pages from the head until {@code total} messages were seen; fails on a repeat or on a message out of order. */
    private List<String> observe(int producers, int total) throws InterruptedException {
        List<String> seen = new ArrayList<>(total);
        Set<String> distinct = new HashSet<>();
        int[] nextSequence = new int[producers];
        long lastPosition = 0;
        String marker = null;
        while (seen.size() < total && !failed.get()) {
            MessagePage page = store.list(QUEUE, new ListQuery(marker, 20, OBSERVER, false, true, false));
            if (page.messages().isEmpty()) {
                Thread.sleep(1);
                continue;
            }
            for (StoredMessage message : page.messages()) {
                assertTrue(message.position() > lastPosition, "position " + message.position() + " after " + lastPosition);
                lastPosition = message.position();
                assertTrue(distinct.add(message.id()), "seen twice: " + message.id());
                String[] producerAndSequence = message.bodyJson().substring(1, message.bodyJson().length() - 1).split(",");
                int producer = Integer.parseInt(producerAndSequence[0]);
                assertEquals(nextSequence[producer]++, Integer.parseInt(producerAndSequence[1]), "producer " + producer);
                seen.add(message.id());
            }
            marker = page.nextMarker();
        }
        assertEquals(List.of(), store.list(QUEUE, new ListQuery(marker, 20, OBSERVER, false, true, false)).messages());
        return seen;
    }

    @Test
    public void consumersClaimingAndDeletingProcessEveryMessageOnce() throws Exception {
        int producers = 4;
        int perProducer = 1000;
        int total = producers * perProducer;
        Map<String, String> processedBy = new ConcurrentHashMap<>();
        AtomicInteger processed = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        for (int c = 0; c < 16; c++) {
            work.add(submit(() -> {
                consume(processedBy, processed, total);
                return null;
            }));
        }
        for (int p = 0; p < producers; p++) {
            work.add(submit(() -> {
                for (int s = 0; s < perProducer; s += 4) {
                    store.post(QUEUE, PRODUCER, List.of(message(), message(), message(), message()));
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }

        assertEquals(total, processedBy.size());
        assertEquals(0, store.stats(QUEUE).total());
    }

    /** Claims and deletes until {@code total} messages were processed; fails when a message comes twice. */
    private void consume(Map<String, String> processedBy, AtomicInteger processed, int total) throws InterruptedException {
        while (processed.get() < total && !failed.get()) {
            Optional<Claim> claim = store.claim(QUEUE, 5, 300, 60);
            if (claim.isEmpty()) {
                Thread.sleep(1);
                continue;
            }
            for (StoredMessage message : claim.get().messages()) {
                String earlier = processedBy.putIfAbsent(message.id(), claim.get().id());
                assertNull(earlier, "message " + message.id() + " came to claim " + claim.get().id()
                        + " while claim " + earlier + " held it");
                store.delete(QUEUE, message.id(), claim.get().id());
                processed.incrementAndGet();
            }
        }
    }

    private <T> Future<T> submit(Callable<T> task) {
        return threads.submit(() -> {
            try {
                return task.call();
            } catch (Throwable e) {
                failed.set(true);
                throw e;
            }
        });
    }

    private static NewMessage message() {
        return new NewMessage("{}", 3600, 0);
    }
}
