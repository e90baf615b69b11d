package dev.peregrine.bench.loadgen;

/**
 * Runs an open-loop rate sweep against one URL and prints one JSON line per step (see
 * {@link StepResult#toJsonLine()}); progress and mistakes go to standard error.
 */
public final class LoadgenMain {
    private LoadgenMain() {
    }

    /**
     * Runs the sweep.
     *
     * @param args see {@link SweepSettings#USAGE}
     */
    public static void main(String[] args) {
        SweepSettings settings;
        try {
            settings = SweepSettings.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("loadgen: " + e.getMessage());
            System.err.println(SweepSettings.USAGE);
            System.exit(2);
            return;
        }
        try (RateSweep sweep = new RateSweep()) {
            if (!settings.warmup().isZero()) {
                System.err.println("loadgen: warm-up, " + settings.warmupPlan().ratePerSecond() + " req/s for "
                        + settings.warmup().toMillis() + " ms: " + sweep.step(settings.warmupPlan(), settings.target()).toJsonLine());
            }
            for (long rate : settings.rates()) {
                System.err.println("loadgen: " + rate + " req/s for " + settings.window().toMillis() + " ms");
                System.out.println(sweep.step(settings.plan(rate), settings.target()).toJsonLine());
                System.out.flush();
            }
        } catch (IllegalStateException e) {
            System.err.println("loadgen: " + e.getMessage());
            System.exit(1);
        }
    }
}
