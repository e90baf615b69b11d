package dev.peregrine.bench;

import java.util.Locale;

/**
 * A figure over a cell's rounds: the median the tables lead with, and the lowest and highest round
 * beside it, so a reader sees how far one round strayed.
 *
 * @param median the median over the rounds, {@code NaN} when there were none
 * @param min    the lowest round
 * @param max    the highest round
 */
public record RoundSpread(double median, double min, double max) {
    /** A spread wider than this fraction of the median is marked: the rounds disagree. */
    public static final double WIDE = 0.10;

    /** The mark beside a wide spread. */
    public static final String WIDE_MARK = "⚠";

    /**
     * Takes the spread of some rounds' values.
     *
     * @param values one per round; not changed
     * @return the spread, all {@code NaN} when there are no values
     */
    public static RoundSpread of(double... values) {
        double min = Double.NaN;
        double max = Double.NaN;
        for (double value : values) {
            min = Double.isNaN(min) ? value : Math.min(min, value);
            max = Double.isNaN(max) ? value : Math.max(max, value);
        }
        return new RoundSpread(Median.of(values), min, max);
    }

    /** Returns whether the spread, (max − min) / median, is over {@link #WIDE}. */
    public boolean wide() {
        return median > 0 && (max - min) / median > WIDE;
    }

    /**
     * Formats the median with the range beside it and the mark when wide, for example
     * {@code 61,475 (49,239–69,910) ⚠}.
     *
     * @param pattern how to format each number, for example {@code %,.0f}
     * @return the text, or a dash when there were no rounds
     */
    public String describe(String pattern) {
        if (Double.isNaN(median)) {
            return "–";
        }
        return String.format(Locale.ROOT, pattern + " (" + pattern + "–" + pattern + ")", median, min, max)
                + (wide() ? " " + WIDE_MARK : "");
    }
}
