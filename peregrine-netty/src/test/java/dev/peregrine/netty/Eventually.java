package dev.peregrine.netty;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

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
}
