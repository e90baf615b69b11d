package dev.peregrine.bench;

import java.util.Locale;

/**
 * A peer's figure divided by the baseline's in the same scenario, marked where a client-bound round
 * makes it a bound rather than a measurement.
 *
 * <p>A client-bound cell's throughput is a lower bound on what the server could do: wrk's core ran
 * out first. So a throughput ratio is at least what it shows when only the peer was client-bound
 * ({@code ≥ 1.05}), at most what it shows when only the baseline was ({@code ≤ 1.05}), and bounded in
 * neither direction when both were ({@code 1.05*}). CPU per request is measured, not capped, so it
 * is no bound; but a client-bound server ran below saturation, where it handles fewer requests per
 * wake-up and usually spends more per request, so its side of a CPU ratio is measured at another
 * load than a saturated side and is marked {@code †}.
 */
public final class BaselineRatio {
    /** The footnote for the throughput marks. */
    public static final String THROUGHPUT_NOTE = "Throughput ratios: `≥` the peer was client-bound, so it could have"
            + " gone faster and the ratio is a lower bound; `≤` the baseline was client-bound, so the ratio is an"
            + " upper bound; `*` both were, so the ratio compares wrk with itself and bounds nothing.";
    /** The footnote for the CPU mark. */
    public static final String CPU_NOTE = "CPU ratios: `†` the peer or the baseline was client-bound, so that side"
            + " ran below saturation, where servers usually spend more CPU per request; the ratio compares"
            + " costs at different loads.";

    private BaselineRatio() {
    }

    /**
     * Formats a throughput ratio with its bound.
     *
     * @param cell the peer's figures
     * @param base the baseline's figures in the same scenario, or {@code null} when it has none
     * @return for example {@code 1.05}, {@code ≥ 1.05}, {@code ≤ 1.05}, {@code 1.05*}, or a dash
     */
    public static String throughput(CellSummary cell, CellSummary base) {
        String ratio = plain(cell.requestsPerSecond().median(), base == null ? Double.NaN : base.requestsPerSecond().median());
        if (ratio.equals("–") || cell.peer().equals(base.peer())) {
            return ratio;
        }
        if (cell.clientBound() && base.clientBound()) {
            return ratio + "*";
        }
        return cell.clientBound() ? "≥ " + ratio : base.clientBound() ? "≤ " + ratio : ratio;
    }

    /**
     * Formats a CPU-per-request ratio with its mark.
     *
     * @param cell the peer's figures
     * @param base the baseline's figures in the same scenario, or {@code null} when it has none
     * @return for example {@code 0.80}, {@code 0.80 †}, or a dash
     */
    public static String cpu(CellSummary cell, CellSummary base) {
        String ratio = plain(cell.cpuMicrosPerRequest().median(), base == null ? Double.NaN : base.cpuMicrosPerRequest().median());
        if (ratio.equals("–") || cell.peer().equals(base.peer())) {
            return ratio;
        }
        return cell.clientBound() || base.clientBound() ? ratio + " †" : ratio;
    }

    /** Formats a ratio with two decimals, or a dash when either side is missing. */
    private static String plain(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? "–" : String.format(Locale.ROOT, "%.2f", value / base);
    }
}
