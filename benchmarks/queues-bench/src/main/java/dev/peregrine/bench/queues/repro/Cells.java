package dev.peregrine.bench.queues.repro;

import dev.peregrine.bench.report.Figures;
import java.util.List;
import java.util.Locale;

/** The comparison's cell formats, the same in summary.md and report.html: rates grouped, milliseconds with two decimals. */
final class Cells {
    private Cells() {
    }

    /** A request rate, {@code 8,246}, or a dash. */
    static String rate(double perSecond) {
        return Figures.rate(perSecond);
    }

    /** Milliseconds with two decimals, {@code 10.70}, or a dash. */
    static String ms(double ms) {
        return Double.isNaN(ms) ? "–" : String.format(Locale.ROOT, "%.2f", ms);
    }

    /** A ratio, {@code 1.58×}, or a dash when a side is missing. */
    static String ratio(double ratio) {
        return Double.isNaN(ratio) ? "–" : String.format(Locale.ROOT, "%.2f×", ratio);
    }

    /** Each round's rate, {@code 5,101 · 5,230 · 5,187}. */
    static String rounds(List<Double> rates) {
        StringBuilder out = new StringBuilder();
        for (double rate : rates) {
            out.append(out.isEmpty() ? "" : " · ").append(rate(rate));
        }
        return out.isEmpty() ? "–" : out.toString();
    }

    /** Seconds without decimals when whole: {@code 60}, {@code 2.5}. */
    static String seconds(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : String.format(Locale.ROOT, "%s", seconds);
    }
}
