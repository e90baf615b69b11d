package dev.peregrine.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order a run measures in, recorded in {@code results.json} so a run can be repeated in the
 * same order: every round shuffles the peers afresh with a {@link Random} seeded once with
 * {@code seed}, and within the round every scenario measures the peers in that order.
 *
 * <p>NOTE: a fixed order (A B C A B C …) puts every peer at the same place in every round, so a
 * peer that always follows the heaviest one, or always runs as the machine warms, carries that
 * bias in all its rounds; shuffling spreads it across peers.
 *
 * @param seed      what seeds the shuffle; {@code --seed} repeats it
 * @param lifecycle how the peers were up while one was measured: {@code one-at-a-time} or {@code all-up}
 */
public record RunOrder(long seed, String lifecycle) {

    /** The lifecycle of a run that starts each peer alone for each of its measurements. */
    public static final String ONE_AT_A_TIME = "one-at-a-time";

    /**
     * One measured wrk run: a peer in a scenario in a round.
     *
     * @param round    the round, from 1
     * @param scenario the scenario
     * @param peer     the peer's name
     */
    public record Measurement(int round, Scenario scenario, String peer) {
    }

    /**
     * Lists the plan's measurements in the order they run: round by round, scenario by scenario,
     * the peers in the round's shuffled order. The same seed, plan and peers give the same list.
     *
     * @param plan  the rounds and scenarios
     * @param peers the peers' names, in any fixed order
     * @return every peer once per round and scenario
     */
    public List<Measurement> measurements(BenchmarkPlan plan, List<String> peers) {
        Random random = new Random(seed);
        List<Measurement> order = new ArrayList<>();
        for (int round = 1; round <= plan.rounds(); round++) {
            List<String> shuffled = new ArrayList<>(peers);
            Collections.shuffle(shuffled, random);
            for (Scenario scenario : plan.scenarios()) {
                for (String peer : shuffled) {
                    order.add(new Measurement(round, scenario, peer));
                }
            }
        }
        return order;
    }
}
