package dev.peregrine.bench.report;

import java.util.Locale;

/**
 * Formats the report's numbers the same way in tables, chart labels and axes; public so that other
 * reports built from these pieces (the Queues bench's) format theirs alike.
 */
public final class Figures {
    private Figures() {
    }

    /** A rate with thousands separators: {@code 98,989}. */
    public static String rate(double perSecond) {
        return format("%,.0f", perSecond);
    }

    /** A CPU time in microseconds with one decimal: {@code 12.6}. */
    public static String micros(double micros) {
        return format("%.1f", micros);
    }

    /** A latency in the largest unit that keeps it at or above 1: {@code 850 µs}, {@code 1.25 ms}. */
    public static String latency(double micros) {
        if (Double.isNaN(micros)) {
            return "–";
        }
        return micros < 1_000 ? format("%.0f µs", micros) : format("%.2f ms", micros / 1_000);
    }

    /** A ratio with two decimals, or a dash when either side is missing. */
    public static String ratio(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? "–" : format("%.2f", value / base);
    }

    /** An axis tick: {@code 0}, {@code 50k}, {@code 1.5M}, {@code 250}. */
    public static String tick(double value) {
        if (value >= 1_000_000) {
            return trim(format("%.1f", value / 1_000_000)) + "M";
        }
        if (value >= 1_000) {
            return trim(format("%.1f", value / 1_000)) + "k";
        }
        return trim(format("%.1f", value));
    }

    private static String trim(String decimal) {
        return decimal.endsWith(".0") ? decimal.substring(0, decimal.length() - 2) : decimal;
    }

    private static String format(String pattern, double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, pattern, value);
    }
}
