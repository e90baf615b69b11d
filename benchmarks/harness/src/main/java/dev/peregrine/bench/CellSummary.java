package dev.peregrine.bench;

import java.util.List;

/**
 * The medians of one peer's rounds in one scenario: the figures a report's table row shows.
 *
 * @param peer                    the peer's name
 * @param endpoint                the endpoint's label
 * @param shape                   the load shape's label
 * @param rounds                  rounds that produced a report
 * @param requestsPerSecond       median throughput
 * @param cpuMicrosPerRequest     median server CPU time per request, in microseconds
 * @param p50Micros               median of the rounds' median latencies
 * @param p99Micros               median of the rounds' 99th percentile latencies
 * @param errors                  errors of every round added up
 * @param clientBoundRounds       rounds marked client-bound
 */
public record CellSummary(String peer, String endpoint, String shape, int rounds, double requestsPerSecond,
                          double cpuMicrosPerRequest, double p50Micros, double p99Micros, long errors,
                          int clientBoundRounds) {

    /**
     * Summarizes the rounds of one peer in one scenario; failed rounds are left out.
     *
     * @param peer     the peer's name
     * @param scenario the scenario
     * @param results  the rounds, all of this peer and scenario
     * @return the summary; its medians are {@code NaN} when no round succeeded
     */
    public static CellSummary of(String peer, Scenario scenario, List<RoundResult> results) {
        int count = 0;
        for (RoundResult result : results) {
            count += result.succeeded() ? 1 : 0;
        }
        double[] rates = new double[count];
        double[] cpu = new double[count];
        double[] p50 = new double[count];
        double[] p99 = new double[count];
        long errors = 0;
        int clientBound = 0;
        int i = 0;
        for (RoundResult result : results) {
            if (result.succeeded()) {
                rates[i] = result.wrk().requestsPerSecond();
                cpu[i] = result.serverCpuMicrosPerRequest();
                p50[i] = result.wrk().p50Micros();
                p99[i] = result.wrk().p99Micros();
                errors += result.wrk().errors();
                clientBound += result.clientBound() ? 1 : 0;
                i++;
            }
        }
        return new CellSummary(peer, scenario.endpoint().label(), scenario.shape().label(), count,
                Median.of(rates), Median.of(cpu), Median.of(p50), Median.of(p99), errors, clientBound);
    }
}
