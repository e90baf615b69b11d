package dev.peregrine.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The open-loop rate sweep that follows the closed-loop rounds: one endpoint, a rising list of
 * attempted rates, each held for a fixed window after a warm-up at the same rate, for a set of peers.
 *
 * @param endpoint      the endpoint every step loads
 * @param rates         the attempted rates, requests a second, in the order they run
 * @param seconds       each step's measured window
 * @param warmupSeconds the generator's warm-up at the step's rate before the window
 * @param connections   the generator's keep-alive connections
 * @param peers         the peers swept, or empty for every running peer
 */
public record SweepPlan(Endpoint endpoint, List<Long> rates, int seconds, int warmupSeconds, int connections,
                        List<String> peers) {
    /**
     * The peers the fast sweep covers: the ceiling, Peregrine's two main modes and the two JVM
     * frameworks it is steered against. All ten do not fit beside the closed-loop rounds.
     */
    public static final List<String> FAST_PEERS = List.of("netty", "peregrine-inline", "peregrine-vt", "vertx",
            "helidon");

    /** Seconds a generator process needs beyond its warm-up and window: JVM start, connects, drain. */
    private static final int PROCESS_SECONDS = 1;

    /** The routine check: the 1 KiB listing at 20k and 80k req/s for 2 s each, on {@link #FAST_PEERS}. */
    public static SweepPlan fast() {
        return new SweepPlan(Endpoint.QUEUE_1K, List.of(20_000L, 80_000L), 2, 1, 64, FAST_PEERS);
    }

    /**
     * The full sweep: the 1 KiB listing at the generator's seven default rates, 5 s each after a 1 s
     * warm-up, on every peer; with a longer warm-up the full run would pass its 45 minutes.
     */
    public static SweepPlan full() {
        return new SweepPlan(Endpoint.QUEUE_1K,
                List.of(5_000L, 10_000L, 20_000L, 40_000L, 60_000L, 80_000L, 100_000L), 5, 1, 64, List.of());
    }

    /**
     * Returns the plan for a mode.
     *
     * @param mode {@code fast} or {@code full}
     * @return the plan
     * @throws IllegalArgumentException for any other mode
     */
    public static SweepPlan named(String mode) {
        return switch (mode) {
            case "fast" -> fast();
            case "full" -> full();
            default -> throw new IllegalArgumentException("Unknown mode '" + mode + "'; use --fast or --full.");
        };
    }

    /**
     * One generator run: a peer at a rate.
     *
     * @param rate the attempted rate
     * @param peer the peer's name
     */
    public record Trial(long rate, String peer) {
    }

    /**
     * Orders the trials interleaved across peers, every peer at the first rate, then at the second,
     * so drift hits everyone alike.
     *
     * @param running the running peers' names, in run order
     * @return the trials, leaving out peers this plan does not sweep
     */
    public List<Trial> trials(List<String> running) {
        List<String> swept = swept(running);
        List<Trial> trials = new ArrayList<>();
        for (long rate : rates) {
            for (String peer : swept) {
                trials.add(new Trial(rate, peer));
            }
        }
        return trials;
    }

    /**
     * Estimates the sweep's length, to print before the run starts.
     *
     * @param running       the measured peers' names
     * @param secondsPerStart what starting, checking and warming up a peer adds to each step, or 0
     *                        when the peers stay up
     * @return seconds
     */
    public long estimatedSeconds(List<String> running, int secondsPerStart) {
        return (long) trials(running).size() * (secondsPerStart + warmupSeconds + seconds + PROCESS_SECONDS);
    }

    private List<String> swept(List<String> running) {
        if (peers.isEmpty()) {
            return running;
        }
        List<String> swept = new ArrayList<>();
        for (String peer : running) {
            if (peers.contains(peer)) {
                swept.add(peer);
            }
        }
        return swept;
    }
}
