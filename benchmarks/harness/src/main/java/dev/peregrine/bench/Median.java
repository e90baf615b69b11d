package dev.peregrine.bench;

import java.util.Arrays;

/** The median of a handful of measurements, robust against one disturbed round. */
public final class Median {
    private Median() {
    }

    /**
     * Returns the median: the middle value, or the mean of the two middle values for an even count.
     *
     * @param values the measurements; not changed
     * @return the median, or {@code NaN} when there is none
     */
    public static double of(double... values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
