package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/** Waits for a condition the server reaches on its own (a connection closed, a count settled), without a fixed sleep. */
final class Eventually {

    private Eventually() {
    }

    /** Returns once {@code condition} holds; fails naming {@code what} after twenty seconds. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("Timed out waiting until " + what);
            }
            Thread.sleep(10);
        }
    }

    /**
     * Waits until {@code counter} has stopped moving (the same value for a quarter of a second,
     * looked at every 50 ms, for at most ten seconds) and returns where it stopped: how far a
     * producer gets before back-pressure holds it.
     */
    static long settledValue(LongSupplier counter) throws InterruptedException {
        long last = -1;
        int stableRounds = 0;
        for (int round = 0; round < 200 && stableRounds < 5; round++) {
            Thread.sleep(50);
            long now = counter.getAsLong();
            stableRounds = now == last ? stableRounds + 1 : 0;
            last = now;
        }
        return last;
    }
}
