package dev.peregrine.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * What a run measures and for how long: the scenarios, the rounds and the length of each wrk run.
 * Every peer gets every scenario in every round. A peer started for one measurement is warmed up
 * before it; a peer that stays up for the whole run is warmed up once per scenario, before its first round.
 *
 * @param name            {@code fast} or {@code full}, used in the results folder's name
 * @param scenarios       the endpoint and load shape pairs, in the order they run within a round
 * @param rounds          how many times every peer runs every scenario, interleaved across peers
 * @param warmupSeconds   the length of each warm-up run
 * @param durationSeconds the length of each measured run
 */
public record BenchmarkPlan(String name, List<Scenario> scenarios, int rounds, int warmupSeconds,
                            int durationSeconds) {
    /** Seconds the peers need to start side by side and be checked, on top of the runs, in the estimate. */
    private static final int START_SECONDS = 15;

    /** Seconds one peer needs to start and be checked when started alone, in the estimate: a JVM's start and JIT. */
    public static final int PEER_START_SECONDS = 3;

    /**
     * The routine check, under two minutes with every peer and the fast sweep: the 1 KiB queue
     * listing over 64 keep-alive connections, 2 rounds of 2 s after a 1 s warm-up.
     */
    public static BenchmarkPlan fast() {
        return new BenchmarkPlan("fast", List.of(new Scenario(Endpoint.QUEUE_1K, LoadShape.keepAlive(64))), 2, 1, 2);
    }

    /**
     * The full run, under 45 minutes with all ten peers: every endpoint over 64 keep-alive
     * connections; {@code /json} and the 1 KiB listing also over 16 and 256 connections and with
     * {@code Connection: close}; {@code /plaintext} and {@code /json} pipelined 16 deep; 3 rounds
     * of 4 s, each scenario warmed up for 3 s.
     */
    public static BenchmarkPlan full() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Endpoint endpoint : Endpoint.values()) {
            scenarios.add(new Scenario(endpoint, LoadShape.keepAlive(64)));
        }
        for (Endpoint endpoint : List.of(Endpoint.JSON, Endpoint.QUEUE_1K)) {
            scenarios.add(new Scenario(endpoint, LoadShape.keepAlive(16)));
            scenarios.add(new Scenario(endpoint, LoadShape.keepAlive(256)));
            scenarios.add(new Scenario(endpoint, LoadShape.closeEach(64)));
        }
        scenarios.add(new Scenario(Endpoint.PLAINTEXT, LoadShape.pipelined(64, 16)));
        scenarios.add(new Scenario(Endpoint.JSON, LoadShape.pipelined(64, 16)));
        return new BenchmarkPlan("full", List.copyOf(scenarios), 3, 3, 4);
    }

    /**
     * Returns the plan by name.
     *
     * @param name {@code fast} or {@code full}
     * @return the plan
     * @throws IllegalArgumentException for any other name
     */
    public static BenchmarkPlan named(String name) {
        return switch (name) {
            case "fast" -> fast();
            case "full" -> full();
            default -> throw new IllegalArgumentException("Unknown mode '" + name + "'; use --fast or --full.");
        };
    }

    /**
     * Returns this plan with other scenarios: the same name, rounds and lengths, so a mode's timing
     * can measure a chosen set of cells.
     *
     * @param chosen the scenarios, in the order they run within a round
     * @return the plan
     * @throws IllegalArgumentException when {@code chosen} is empty
     */
    public BenchmarkPlan withScenarios(List<Scenario> chosen) {
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("A plan needs at least one scenario.");
        }
        return new BenchmarkPlan(name, List.copyOf(chosen), rounds, warmupSeconds, durationSeconds);
    }

    /**
     * Estimates the run's length, to print before it starts.
     *
     * @param peers      how many peers take part
     * @param allPeersUp whether the peers start once and stay up, warmed up once per scenario,
     *                   rather than each starting and warming up for every measurement
     * @return the estimate in seconds
     */
    public long estimatedSeconds(int peers, boolean allPeersUp) {
        long cells = (long) peers * scenarios.size();
        if (allPeersUp) {
            return START_SECONDS + cells * (warmupSeconds + (long) rounds * durationSeconds);
        }
        return cells * rounds * (PEER_START_SECONDS + warmupSeconds + durationSeconds);
    }
}
