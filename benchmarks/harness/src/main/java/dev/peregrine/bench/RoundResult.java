package dev.peregrine.bench;

/**
 * One measured wrk run of one peer in one scenario, with the server's CPU cost and both cores'
 * load over the same window.
 *
 * @param peer                      the peer's name
 * @param endpoint                  the endpoint's label
 * @param shape                     the load shape's label
 * @param round                     the round, from 1
 * @param wrk                       what wrk reported, or {@code null} when the run failed
 * @param serverCpuMicrosPerRequest the server's user plus system CPU time over the window divided by
 *                                  completed requests, in microseconds
 * @param serverCoreBusy            busy fraction of the server's core over the window
 * @param generatorCoreBusy         busy fraction of wrk's core over the window
 * @param clientBound               whether the round measured the load generator more than the server
 * @param failure                   why the run failed, or {@code null}
 */
public record RoundResult(String peer, String endpoint, String shape, int round, WrkReport wrk,
                          double serverCpuMicrosPerRequest, double serverCoreBusy, double generatorCoreBusy,
                          boolean clientBound, String failure) {

    /**
     * Computes a round's figures from wrk's report and the {@code /proc} samples around it.
     *
     * @param peer           the peer's name
     * @param scenario       the scenario run
     * @param round          the round, from 1
     * @param wrk            wrk's report
     * @param before         the sample taken just before wrk started
     * @param after          the sample taken just after wrk exited
     * @param ticksPerSecond the kernel's clock ticks per second ({@code getconf CLK_TCK})
     * @return the round's result
     */
    public static RoundResult measured(String peer, Scenario scenario, int round, WrkReport wrk,
                                       ProcSample before, ProcSample after, long ticksPerSecond) {
        long ticks = after.serverTicks() - before.serverTicks();
        double cpuMicros = ticks * 1_000_000.0 / ticksPerSecond;
        double perRequest = wrk.requests() == 0 ? Double.NaN : cpuMicros / wrk.requests();
        double serverBusy = after.serverCore().busyFractionSince(before.serverCore());
        double generatorBusy = after.generatorCore().busyFractionSince(before.generatorCore());
        return new RoundResult(peer, scenario.endpoint().label(), scenario.shape().label(), round, wrk,
                perRequest, serverBusy, generatorBusy, ClientBoundRule.isClientBound(generatorBusy, serverBusy), null);
    }

    /**
     * Records a run that produced no report.
     *
     * @param peer     the peer's name
     * @param scenario the scenario run
     * @param round    the round, from 1
     * @param failure  what went wrong
     * @return the failed round
     */
    public static RoundResult failed(String peer, Scenario scenario, int round, String failure) {
        return new RoundResult(peer, scenario.endpoint().label(), scenario.shape().label(), round, null,
                Double.NaN, Double.NaN, Double.NaN, false, failure);
    }

    /** Returns whether wrk produced a report. */
    public boolean succeeded() {
        return wrk != null;
    }
}
