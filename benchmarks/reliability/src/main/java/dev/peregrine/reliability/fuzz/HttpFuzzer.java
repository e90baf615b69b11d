package dev.peregrine.reliability.fuzz;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs seeded fuzz inputs against a server, many connections at a time, in batches; after each
 * batch a canary request on a fresh connection must be answered, so a server that broke without
 * failing one input is caught where it broke.
 */
final class HttpFuzzer {

    /** Inputs between two canary checks. */
    static final int BATCH = 1_000;
    /** Failures whose reproducers are kept; later ones are only counted. */
    private static final int KEPT_FAILURES = 100;

    private final FuzzExchange exchange;
    private final int connections;
    private final Map<Category, CategoryTally> tallies = new EnumMap<>(Category.class);
    private final List<FuzzFailure> failures = Collections.synchronizedList(new ArrayList<>());
    private final List<String> canaryFailures = new ArrayList<>();

    /**
     * @param server      the server's address
     * @param connections inputs in flight at once, each on its own connection
     * @param hangAfter   the longest a read may wait before the input counts as a hang
     */
    HttpFuzzer(InetSocketAddress server, int connections, Duration hangAfter) {
        this.exchange = new FuzzExchange(server, hangAfter);
        this.connections = connections;
        for (Category category : Category.values()) {
            tallies.put(category, new CategoryTally());
        }
    }

    /** Runs inputs {@code 0..count-1} of the run seeded {@code runSeed}; {@code progress} hears after each batch. */
    void run(long runSeed, long count, BatchListener progress) throws InterruptedException {
        for (long start = 0; start < count; start += BATCH) {
            runBatch(runSeed, start, Math.min(count, start + BATCH));
            ExchangeResult canary = exchange.run(canaryInput());
            if (canary.failed()) {
                canaryFailures.add("after input " + Math.min(count, start + BATCH) + ": " + canary.failure());
            }
            progress.batchDone(Math.min(count, start + BATCH));
        }
    }

    /** The single input made from {@code seed}, as {@code run} would have sent it. */
    ExchangeResult replay(long seed) {
        FuzzInput input = InputGenerator.generate(seed);
        ExchangeResult result = exchange.run(input);
        record(input, result);
        return result;
    }

    private void runBatch(long runSeed, long start, long end) throws InterruptedException {
        AtomicLong next = new AtomicLong(start);
        List<Thread> workers = new ArrayList<>(connections);
        for (int i = 0; i < connections; i++) {
            workers.add(Thread.ofVirtual().start(() -> {
                for (long index = next.getAndIncrement(); index < end; index = next.getAndIncrement()) {
                    FuzzInput input = InputGenerator.generate(InputGenerator.inputSeed(runSeed, index));
                    record(input, exchange.run(input));
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
    }

    private void record(FuzzInput input, ExchangeResult result) {
        tallies.get(input.category()).add(input, result);
        if (result.failed() && failures.size() < KEPT_FAILURES) {
            failures.add(new FuzzFailure(input, result));
        }
    }

    private static FuzzInput canaryInput() {
        return new FuzzInput(Category.VALID, "canary", 0, new byte[0], List.of(), Expectation.ACCEPT, true, 0);
    }

    Map<Category, CategoryTally> tallies() {
        return tallies;
    }

    List<FuzzFailure> failures() {
        return failures;
    }

    List<String> canaryFailures() {
        return canaryFailures;
    }

    long failureCount() {
        return tallies.values().stream().mapToLong(tally -> tally.failures).sum() + canaryFailures.size();
    }

    /** Hears of progress. */
    @FunctionalInterface
    interface BatchListener {
        void batchDone(long inputsDone);
    }
}
