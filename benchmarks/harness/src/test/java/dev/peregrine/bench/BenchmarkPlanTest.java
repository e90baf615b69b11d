package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkPlanTest {
    private static final int ALL_PEERS = Peer.KNOWN_ORDER.size();

    @Test
    void fastModeWithEveryPeerAndItsSweepIsEstimatedUnderFourMinutesOneAtATime() {
        long seconds = BenchmarkPlan.fast().estimatedSeconds(ALL_PEERS, false) + SweepPlan.fast().estimatedSeconds(
                Peer.KNOWN_ORDER, BenchmarkPlan.PEER_START_SECONDS + BenchmarkPlan.fast().warmupSeconds());
        assertTrue(seconds < 4 * 60, seconds + " s");
    }

    @Test
    void fastModeWithEveryPeerUpAndItsSweepIsEstimatedUnderTwoMinutes() {
        long seconds = BenchmarkPlan.fast().estimatedSeconds(ALL_PEERS, true)
                + SweepPlan.fast().estimatedSeconds(Peer.KNOWN_ORDER, 0);
        assertTrue(seconds < 120, seconds + " s");
    }

    @Test
    void fullModeWithEveryPeerIsEstimatedUnderNinetyMinutesOneAtATime() {
        long seconds = BenchmarkPlan.full().estimatedSeconds(ALL_PEERS, false) + SweepPlan.full().estimatedSeconds(
                Peer.KNOWN_ORDER, BenchmarkPlan.PEER_START_SECONDS + BenchmarkPlan.full().warmupSeconds());
        assertTrue(seconds < 90 * 60, seconds + " s");
    }

    @Test
    void fullModeWithEveryPeerUpIsEstimatedUnderFortyFiveMinutes() {
        assertTrue(BenchmarkPlan.full().estimatedSeconds(ALL_PEERS, true) < 45 * 60,
                BenchmarkPlan.full().estimatedSeconds(ALL_PEERS, true) + " s");
    }

    @Test
    void fullModeCoversEveryEndpointCloseAndPipelining() {
        BenchmarkPlan full = BenchmarkPlan.full();
        for (Endpoint endpoint : Endpoint.values()) {
            assertTrue(full.scenarios().contains(new Scenario(endpoint, LoadShape.keepAlive(64))), endpoint.label());
        }
        assertTrue(full.scenarios().contains(new Scenario(Endpoint.JSON, LoadShape.closeEach(64))));
        assertTrue(full.scenarios().contains(new Scenario(Endpoint.PLAINTEXT, LoadShape.pipelined(64, 16))));
    }

    @Test
    void chosenScenariosKeepTheModesRoundsAndLengths() {
        List<Scenario> chosen = List.of(new Scenario(Endpoint.JSON, LoadShape.closeEach(256)));
        BenchmarkPlan plan = BenchmarkPlan.full().withScenarios(chosen);

        assertEquals(new BenchmarkPlan("full", chosen, 3, 3, 4), plan);
        assertEquals(15 + 3 * (3 + 3 * 4), plan.estimatedSeconds(3, true));
        assertEquals(3 * 3 * (BenchmarkPlan.PEER_START_SECONDS + 3 + 4), plan.estimatedSeconds(3, false));
    }

    @Test
    void noScenarioAtAllIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BenchmarkPlan.fast().withScenarios(List.of()));
    }

    @Test
    void modesAreFoundByName() {
        assertEquals("full", BenchmarkPlan.named("full").name());
        assertEquals(BenchmarkPlan.fast(), BenchmarkPlan.named("fast"));
    }
}
