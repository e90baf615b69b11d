package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunOrderTest {
    private static final List<String> PEERS = List.of("a", "b", "c", "d", "e", "f");
    private static final BenchmarkPlan PLAN = new BenchmarkPlan("test", List.of(
            new Scenario(Endpoint.JSON, LoadShape.keepAlive(64)),
            new Scenario(Endpoint.PLAINTEXT, LoadShape.closeEach(16))), 5, 1, 2);

    @Test
    void sameSeedGivesTheSameOrder() {
        assertEquals(new RunOrder(7, "one-at-a-time").measurements(PLAN, PEERS),
                new RunOrder(7, "all-up").measurements(PLAN, PEERS));
    }

    @Test
    void otherSeedGivesAnotherOrder() {
        assertNotEquals(new RunOrder(7, "one-at-a-time").measurements(PLAN, PEERS),
                new RunOrder(8, "one-at-a-time").measurements(PLAN, PEERS));
    }

    @Test
    void everyPeerIsMeasuredOncePerRoundAndScenarioRoundByRound() {
        List<RunOrder.Measurement> order = new RunOrder(7, "one-at-a-time").measurements(PLAN, PEERS);

        assertEquals(PLAN.rounds() * PLAN.scenarios().size() * PEERS.size(), order.size());
        assertEquals(order.size(), new HashSet<>(order).size());
        for (int i = 1; i < order.size(); i++) {
            assertTrue(order.get(i - 1).round() <= order.get(i).round(), "rounds run in turn");
        }
    }

    @Test
    void roundsShuffleThePeersAndEveryScenarioOfARoundKeepsItsOrder() {
        List<RunOrder.Measurement> order = new RunOrder(7, "one-at-a-time").measurements(PLAN, PEERS);

        Set<List<String>> roundOrders = new HashSet<>();
        for (int round = 1; round <= PLAN.rounds(); round++) {
            List<String> first = peersOf(order, round, PLAN.scenarios().get(0));
            assertEquals(first, peersOf(order, round, PLAN.scenarios().get(1)));
            roundOrders.add(first);
        }
        assertTrue(roundOrders.size() > 1, "seed 7 shuffles five rounds of six peers alike: " + roundOrders);
    }

    private static List<String> peersOf(List<RunOrder.Measurement> order, int round, Scenario scenario) {
        List<String> peers = new ArrayList<>();
        for (RunOrder.Measurement measurement : order) {
            if (measurement.round() == round && measurement.scenario().equals(scenario)) {
                peers.add(measurement.peer());
            }
        }
        return peers;
    }
}
