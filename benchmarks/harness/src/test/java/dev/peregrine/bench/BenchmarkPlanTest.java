package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkPlanTest {
    private static final int ALL_PEERS = Peer.KNOWN_ORDER.size();

    @Test
    void fastModeWithEveryPeerAndItsSweepIsEstimatedUnderTwoMinutes() {
        long seconds = BenchmarkPlan.fast().estimatedSeconds(ALL_PEERS)
                + SweepPlan.fast().estimatedSeconds(Peer.KNOWN_ORDER);
        assertTrue(seconds < 120, seconds + " s");
    }

    @Test
    void fullModeWithEveryPeerIsEstimatedUnderFortyFiveMinutes() {
        assertTrue(BenchmarkPlan.full().estimatedSeconds(ALL_PEERS) < 45 * 60,
                BenchmarkPlan.full().estimatedSeconds(ALL_PEERS) + " s");
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
        assertEquals(15 + 3 * (3 + 3 * 4), plan.estimatedSeconds(3));
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
