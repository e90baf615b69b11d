package dev.peregrine.bench.queues;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The line written to standard error every second: the time since the start, each role's successful
 * requests per second so far (since the start, warm-up included), and the errors so far. Each counted
 * second's own rates are kept as a {@link TimelineSample} for the report's chart.
 */
final class ProgressLine {
    private final Map<Role, RoleStats> stats;
    private final RunWindow window;
    private final long startNanos;
    private final PrintStream out;
    private final Map<Role, Long> lastSuccessful = new EnumMap<>(Role.class);
    private final List<TimelineSample> timeline = new ArrayList<>();
    private long lastNanos;
    private long lastFailures;

    ProgressLine(Map<Role, RoleStats> stats, RunWindow window, long startNanos, PrintStream out) {
        this.stats = stats;
        this.window = window;
        this.startNanos = startNanos;
        this.out = out;
        this.lastNanos = startNanos;
        stats.keySet().forEach(role -> lastSuccessful.put(role, 0L));
    }

    /** Samples the counters and writes one line; called about once a second from one thread. */
    synchronized void tick() {
        long now = System.nanoTime();
        double interval = (now - lastNanos) / 1e9;
        boolean counting = window.counts(now);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%6.1f s%s", (now - startNanos) / 1e9,
                counting ? "" : " warm-up"));
        Map<Role, Double> rates = new EnumMap<>(Role.class);
        long failures = 0;
        for (Map.Entry<Role, RoleStats> entry : stats.entrySet()) {
            long successful = entry.getValue().successfulSoFar();
            double rate = interval > 0 ? (successful - lastSuccessful.get(entry.getKey())) / interval : 0;
            lastSuccessful.put(entry.getKey(), successful);
            rates.put(entry.getKey(), rate);
            failures += entry.getValue().failures();
            double soFar = successful / ((now - startNanos) / 1e9);
            line.append(String.format(Locale.ROOT, "  %s %,.0f req/s", entry.getKey().label(), soFar));
        }
        line.append("  errors ").append(failures);
        out.println(line);
        if (counting && now - window.countFromNanos() >= 500_000_000L) {
            timeline.add(new TimelineSample(Math.round((now - window.countFromNanos()) / 1e9), rates,
                    failures - lastFailures));
        }
        lastFailures = failures;
        lastNanos = now;
    }

    /** The counted seconds sampled so far. */
    synchronized List<TimelineSample> timeline() {
        return List.copyOf(timeline);
    }
}
