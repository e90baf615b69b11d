package dev.peregrine.reliability.probes;

import org.HdrHistogram.Histogram;

/**
 * Percentiles of a latency histogram recorded in microseconds, in milliseconds.
 *
 * @param count values recorded
 * @param p50Ms median
 * @param p90Ms 90th percentile
 * @param p99Ms 99th percentile
 * @param p999Ms 99.9th percentile
 * @param maxMs largest
 */
record Latency(long count, double p50Ms, double p90Ms, double p99Ms, double p999Ms, double maxMs) {

    static Latency ofMicros(Histogram micros) {
        return new Latency(micros.getTotalCount(), ms(micros.getValueAtPercentile(50)), ms(micros.getValueAtPercentile(90)),
                ms(micros.getValueAtPercentile(99)), ms(micros.getValueAtPercentile(99.9)), ms(micros.getMaxValue()));
    }

    private static double ms(long micros) {
        return Math.round(micros / 10.0) / 100.0;
    }

    /** {@code p50 / p99 / max} for a table cell. */
    String cell() {
        return count == 0 ? "-" : p50Ms + " / " + p99Ms + " / " + maxMs + " ms";
    }
}
