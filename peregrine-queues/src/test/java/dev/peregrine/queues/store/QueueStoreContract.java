package dev.peregrine.queues.store;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The behaviour every {@link QueueStore} must have, as tests: a store's test extends this class
 * and says how to open a fresh, empty store on a given clock.
 *
 * <p>The tests are Zaqar's storage driver contract (its {@code tests/unit/storage/base.py}: queues,
 * messages, claims), each in our own words, plus one test per flaw of Zaqar's Redis driver that
 * this contract rules out. They reach the store only through {@link QueueStore} and move time only
 * through the clock, so they hold for any store:
 * <ul>
 *   <li>{@link QueueContract}: queues, metadata, listing, isolation;
 *   <li>{@link MessageContract}: posting, listing, getting, deleting, stats, pop;
 *   <li>{@link ClaimContract}: claims, lifetime extension, deletes with claims;
 *   <li>{@link DeadLetterAndDelayContract}: dead-letter queues and delayed messages;
 *   <li>{@link ZaqarFlawContract}: what Zaqar's Redis driver gets wrong.
 * </ul>
 */
public abstract class QueueStoreContract
        implements QueueContract, MessageContract, ClaimContract, DeadLetterAndDelayContract, ZaqarFlawContract {

    /** Where every test's clock starts. */
    protected static final Instant START = Instant.parse("2026-12-06T12:00:00Z");

    private SettableClock clock;
    private QueueStore store;

    /** Opens a new, empty store that reads {@code clock}; the contract closes it after the test. */
    protected abstract QueueStore newStore(SettableClock clock) throws Exception;

    @BeforeEach
    final void openStore() throws Exception {
        clock = new SettableClock(START);
        store = newStore(clock);
    }

    @AfterEach
    final void closeStore() {
        store.close();
    }

    @Override
    public final QueueStore store() {
        return store;
    }

    @Override
    public final SettableClock clock() {
        return clock;
    }
}
