package dev.peregrine.bench.loadgen;

import java.time.Duration;

/**
 * How one step of the sweep loads the server.
 *
 * @param ratePerSecond the attempted rate
 * @param window        how long requests are scheduled for
 * @param connections   how many keep-alive connections carry them, one request in flight on each
 * @param timeout       how long a sent request may wait for its response before it counts as a timeout
 */
public record StepPlan(long ratePerSecond, Duration window, int connections, Duration timeout) {

    /**
     * Checks the plan.
     *
     * @throws IllegalArgumentException naming the bad value
     */
    public StepPlan {
        if (ratePerSecond < 1) {
            throw new IllegalArgumentException("a rate must be at least 1 request a second, not " + ratePerSecond);
        }
        if (window.toMillis() < 1) {
            throw new IllegalArgumentException("a step must last at least 1 ms, not " + window);
        }
        if (connections < 1) {
            throw new IllegalArgumentException("--connections must be at least 1, not " + connections);
        }
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("--timeout-ms must be at least 1, not " + timeout.toMillis());
        }
    }
}
