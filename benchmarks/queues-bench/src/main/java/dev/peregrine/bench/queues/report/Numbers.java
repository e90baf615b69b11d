package dev.peregrine.bench.queues.report;

import java.time.Duration;
import java.util.Locale;

/** The text and Markdown outputs' number formats: fixed decimals, a dot, no grouping, so they parse back. */
final class Numbers {
    private Numbers() {
    }

    static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String two(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String three(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** Whole seconds without decimals ({@code 5}), others with three ({@code 2.500}). */
    static String seconds(Duration duration) {
        double seconds = duration.toNanos() / 1e9;
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : three(seconds);
    }
}
