package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SweepPlanTest {
    private static final List<String> ALL = List.of("netty", "peregrine-inline", "peregrine-vt", "peregrine-pool",
            "vertx", "helidon", "javalin", "falcon-gunicorn", "falcon-uwsgi", "nginx");

    @Test
    void trialsInterleaveEveryPeerAtOneRateBeforeTheNext() {
        SweepPlan plan = new SweepPlan(Endpoint.QUEUE_1K, List.of(10L, 20L), 2, 1, 64, List.of());

        assertEquals(List.of(new SweepPlan.Trial(10, "a"), new SweepPlan.Trial(10, "b"), new SweepPlan.Trial(10, "c"),
                new SweepPlan.Trial(20, "a"), new SweepPlan.Trial(20, "b"), new SweepPlan.Trial(20, "c")),
                plan.trials(List.of("a", "b", "c")));
    }

    @Test
    void fastSweepCoversItsSubsetInRunOrderAtTwoRates() {
        List<SweepPlan.Trial> trials = SweepPlan.fast().trials(ALL);

        assertEquals(10, trials.size());
        assertEquals(new SweepPlan.Trial(20_000, "netty"), trials.getFirst());
        assertEquals(new SweepPlan.Trial(20_000, "helidon"), trials.get(4));
        assertEquals(new SweepPlan.Trial(80_000, "helidon"), trials.getLast());
    }

    @Test
    void fastSweepLeavesOutSubsetPeersThatAreNotRunning() {
        assertEquals(List.of(new SweepPlan.Trial(20_000, "vertx"), new SweepPlan.Trial(80_000, "vertx")),
                SweepPlan.fast().trials(List.of("vertx", "javalin")));
    }

    @Test
    void fullSweepRunsTheGeneratorsSevenDefaultRatesOnEveryPeer() {
        SweepPlan full = SweepPlan.full();

        assertEquals(List.of(5_000L, 10_000L, 20_000L, 40_000L, 60_000L, 80_000L, 100_000L), full.rates());
        assertEquals(5, full.seconds());
        assertEquals(70, full.trials(ALL).size());
    }

    @Test
    void estimateCountsWarmUpWindowAndProcessStartPerTrial() {
        assertEquals(10 * (1 + 2 + 1), SweepPlan.fast().estimatedSeconds(ALL, 0));
    }

    @Test
    void estimateAddsEachTrialsPeerStartWhenPeersStartPerTrial() {
        assertEquals(10 * (4 + 1 + 2 + 1), SweepPlan.fast().estimatedSeconds(ALL, 4));
    }

    @Test
    void everyStepLoadsTheOneKibListing() {
        assertEquals(Endpoint.QUEUE_1K, SweepPlan.fast().endpoint());
        assertEquals(Endpoint.QUEUE_1K, SweepPlan.full().endpoint());
    }
}
