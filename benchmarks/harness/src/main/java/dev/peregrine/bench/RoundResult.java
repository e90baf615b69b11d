package dev.peregrine.bench;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One measured wrk run of one peer in one scenario, with the server's CPU cost and both cores'
 * load over the same window.
 *
 * @param peer                      the peer's name
 * @param endpoint                  the endpoint's label
 * @param shape                     the load shape's label
 * @param round                     the round, from 1
 * @param wrk                       what wrk reported, or {@code null} when the run failed; without
 *                                  latencies for pipelined runs (see {@link WrkReport#withoutLatency()})
 * @param serverCpuMicrosPerRequest the server's user plus system CPU time over the window divided by
 *                                  completed requests, in microseconds
 * @param serverCoreBusy            busy fraction of the server's core over the window
 * @param generatorCoreBusy         busy fraction of wrk's core over the window
 * @param limit                     what held the round back, judged from the two busy fractions; {@code null}
 *                                  for a failed round
 * @param failure                   why the run failed, or {@code null}
 */
// NOTE: results written before the limit existed carry a boolean clientBound from an older rule;
// it is ignored and the limit judged again from the recorded core figures.
@JsonIgnoreProperties({"clientBound"})
public record RoundResult(String peer, String endpoint, String shape, int round, WrkReport wrk,
                          double serverCpuMicrosPerRequest, double serverCoreBusy, double generatorCoreBusy,
                          RoundLimit limit, String failure) {

    /**
     * Drops the latencies of a pipelined round and judges a missing limit from the core figures, so that
     * rounds read from an older {@code results.json} follow the current rules.
     */
    public RoundResult {
        if (wrk != null && LoadShape.fromLabel(shape).pipelineDepth() > 1) {
            wrk = wrk.withoutLatency();
        }
        if (limit == null && wrk != null) {
            limit = RoundLimit.of(generatorCoreBusy, serverCoreBusy);
        }
    }

    /**
     * Computes a round's figures from wrk's report and the {@code /proc} samples around it.
     *
     * @param peer           the peer's name
     * @param scenario       the scenario run
     * @param round          the round, from 1
     * @param wrk            wrk's report; the result drops its latencies for a pipelined scenario
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
                perRequest, serverBusy, generatorBusy, RoundLimit.of(generatorBusy, serverBusy), null);
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
                Double.NaN, Double.NaN, Double.NaN, null, failure);
    }

    /** Returns whether wrk produced a report. */
    public boolean succeeded() {
        return wrk != null;
    }
}
