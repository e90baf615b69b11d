package dev.peregrine.bench.queues;

import org.HdrHistogram.Histogram;

/**
 * The latency of a set of requests, in milliseconds, each request timed from its own send to the end
 * of its own response.
 *
 * @param count  how many requests
 * @param mean   their mean
 * @param stdev  their standard deviation
 * @param p50    the median
 * @param p90    the 90th percentile
 * @param p99    the 99th percentile
 * @param p999   the 99.9th percentile
 * @param max    the slowest
 */
public record LatencySummary(long count, double mean, double stdev, double p50, double p90, double p99, double p999,
                             double max) {
    /** No requests: every figure 0. */
    public static final LatencySummary NONE = new LatencySummary(0, 0, 0, 0, 0, 0, 0, 0);

    /**
     * Summarises a histogram of microseconds.
     *
     * @param micros latencies in microseconds
     * @return the summary in milliseconds
     */
    public static LatencySummary of(Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return NONE;
        }
        return new LatencySummary(micros.getTotalCount(), micros.getMean() / 1e3, micros.getStdDeviation() / 1e3,
                ms(micros, 50), ms(micros, 90), ms(micros, 99), ms(micros, 99.9), micros.getMaxValue() / 1e3);
    }

    private static double ms(Histogram micros, double percentile) {
        return micros.getValueAtPercentile(percentile) / 1e3;
    }
}
