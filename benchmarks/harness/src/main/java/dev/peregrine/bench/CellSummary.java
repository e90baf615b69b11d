package dev.peregrine.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of one peer's rounds in one scenario: what a report's table row shows.
 *
 * @param peer                the peer's name
 * @param endpoint            the endpoint's label
 * @param shape               the load shape's label
 * @param rounds              rounds that produced a report
 * @param requestsPerSecond   throughput over the rounds
 * @param cpuMicrosPerRequest server CPU time per request over the rounds, in microseconds
 * @param p50Micros           median of the rounds' median latencies; {@code null} when not measured
 *                            (pipelined scenarios, see {@link WrkReport#withoutLatency()})
 * @param p99Micros           median of the rounds' 99th percentile latencies; {@code null} when not measured
 * @param errors              errors of every round added up
 * @param clientBoundRounds   rounds in which wrk's core was the limit ({@link RoundLimit#CLIENT})
 * @param stalledRounds       rounds in which neither core was busy ({@link RoundLimit#STALLED})
 */
public record CellSummary(String peer, String endpoint, String shape, int rounds, RoundSpread requestsPerSecond,
                          RoundSpread cpuMicrosPerRequest, Double p50Micros, Double p99Micros, long errors,
                          int clientBoundRounds, int stalledRounds) {

    /**
     * Summarizes the rounds of one peer in one scenario; failed rounds are left out.
     *
     * @param peer     the peer's name
     * @param scenario the scenario
     * @param results  the rounds, all of this peer and scenario
     * @return the summary; its figures are {@code NaN} when no round succeeded
     */
    public static CellSummary of(String peer, Scenario scenario, List<RoundResult> results) {
        List<RoundResult> succeeded = new ArrayList<>();
        for (RoundResult result : results) {
            if (result.succeeded()) {
                succeeded.add(result);
            }
        }
        int count = succeeded.size();
        double[] rates = new double[count];
        double[] cpu = new double[count];
        double[] p50 = new double[count];
        double[] p99 = new double[count];
        boolean latencyMeasured = true;
        long errors = 0;
        int clientBound = 0;
        int stalled = 0;
        for (int i = 0; i < count; i++) {
            RoundResult result = succeeded.get(i);
            rates[i] = result.wrk().requestsPerSecond();
            cpu[i] = result.serverCpuMicrosPerRequest();
            latencyMeasured &= result.wrk().latencyMeasured();
            p50[i] = result.wrk().latencyMeasured() ? result.wrk().p50Micros() : Double.NaN;
            p99[i] = result.wrk().latencyMeasured() ? result.wrk().p99Micros() : Double.NaN;
            errors += result.wrk().errors();
            clientBound += result.limit() == RoundLimit.CLIENT ? 1 : 0;
            stalled += result.limit() == RoundLimit.STALLED ? 1 : 0;
        }
        return new CellSummary(peer, scenario.endpoint().label(), scenario.shape().label(), count,
                RoundSpread.of(rates), RoundSpread.of(cpu), latencyMeasured ? Median.of(p50) : null,
                latencyMeasured ? Median.of(p99) : null, errors, clientBound, stalled);
    }

    /** Returns whether wrk's core was the limit in at least one round: the throughput is then a lower bound. */
    public boolean clientBound() {
        return clientBoundRounds > 0;
    }

    /** Lists the rounds that were not server-bound, for example {@code client-bound 1/3, stalled 2/3}; empty for none. */
    public String limitedRounds() {
        String client = clientBoundRounds == 0 ? "" : RoundLimit.CLIENT.label() + " " + clientBoundRounds + "/" + rounds;
        String stalled = stalledRounds == 0 ? "" : RoundLimit.STALLED.label() + " " + stalledRounds + "/" + rounds;
        return client.isEmpty() || stalled.isEmpty() ? client + stalled : client + ", " + stalled;
    }
}
