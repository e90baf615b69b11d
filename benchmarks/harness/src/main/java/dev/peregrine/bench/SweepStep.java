package dev.peregrine.bench;

/**
 * One measured step of the rate sweep: one peer at one attempted rate, with the generator's report
 * and the server's CPU cost and both cores' load over the step's window.
 *
 * @param peer                      the peer's name
 * @param endpoint                  the endpoint's label
 * @param attemptedRate             the rate the step tried, requests a second
 * @param generator                 what the generator reported, or {@code null} when the step failed
 * @param serverCpuMicrosPerRequest the server's user plus system CPU time over the window divided by
 *                                  completed requests, in microseconds
 * @param serverCoreBusy            busy fraction of the server's core over the window
 * @param generatorCoreBusy         busy fraction of the generator's core over the window
 * @param failure                   why the step failed, or {@code null}
 */
public record SweepStep(String peer, String endpoint, long attemptedRate, OpenLoopReport generator,
                        double serverCpuMicrosPerRequest, double serverCoreBusy, double generatorCoreBusy,
                        String failure) {

    /**
     * Computes a step's figures from the generator's report and the {@code /proc} samples taken when
     * the step began and when its line arrived.
     *
     * @param peer           the peer's name
     * @param endpoint       the endpoint loaded
     * @param generator      the generator's report of the step
     * @param before         the sample at the step's start (after the generator's warm-up)
     * @param after          the sample when the step's report arrived
     * @param ticksPerSecond the kernel's clock ticks per second
     * @return the step
     */
    public static SweepStep measured(String peer, Endpoint endpoint, OpenLoopReport generator, ProcSample before,
                                     ProcSample after, long ticksPerSecond) {
        long ticks = after.serverTicks() - before.serverTicks();
        double cpuMicros = ticks * 1_000_000.0 / ticksPerSecond;
        double perRequest = generator.completed() == 0 ? Double.NaN : cpuMicros / generator.completed();
        return new SweepStep(peer, endpoint.label(), generator.attemptedRate(), generator, perRequest,
                after.serverCore().busyFractionSince(before.serverCore()),
                after.generatorCore().busyFractionSince(before.generatorCore()), null);
    }

    /**
     * Records a step that produced no report.
     *
     * @param peer          the peer's name
     * @param endpoint      the endpoint loaded
     * @param attemptedRate the rate tried
     * @param failure       what went wrong
     * @return the failed step
     */
    public static SweepStep failed(String peer, Endpoint endpoint, long attemptedRate, String failure) {
        return new SweepStep(peer, endpoint.label(), attemptedRate, null, Double.NaN, Double.NaN, Double.NaN, failure);
    }

    /** Returns whether the generator reported the step. */
    public boolean succeeded() {
        return generator != null;
    }
}
