package dev.peregrine.bench;

/**
 * What one wrk run reported, read from its text output (wrk 4.1 with {@code --latency}).
 *
 * @param requests          completed requests
 * @param durationSeconds   how long wrk measured
 * @param requestsPerSecond wrk's own {@code Requests/sec}
 * @param p50Micros         median latency in microseconds, or {@code null} when not measured
 * @param p75Micros         75th percentile latency in microseconds, or {@code null} when not measured
 * @param p90Micros         90th percentile latency in microseconds, or {@code null} when not measured
 * @param p99Micros         99th percentile latency in microseconds, or {@code null} when not measured
 * @param connectErrors     sockets that failed to connect
 * @param readErrors        failed reads
 * @param writeErrors       failed writes
 * @param timeouts          requests without an answer within wrk's timeout
 * @param non2xxOr3xx       answers with a status of 400 or more (wrk's name for them)
 */
public record WrkReport(long requests, double durationSeconds, double requestsPerSecond,
                        Double p50Micros, Double p75Micros, Double p90Micros, Double p99Micros,
                        long connectErrors, long readErrors, long writeErrors, long timeouts,
                        long non2xxOr3xx) {

    /** Returns whether the report carries request latencies. */
    public boolean latencyMeasured() {
        return p50Micros != null;
    }

    /**
     * Returns this report without its latencies. wrk records one latency per pipelined batch, when
     * its last answer arrives, not one per request, and prints percentiles for such runs that are no
     * request latencies (a recorded 16-deep run printed p50 203 ms and p99 0 µs).
     *
     * @return the same counts and rate with every percentile {@code null}
     */
    public WrkReport withoutLatency() {
        return new WrkReport(requests, durationSeconds, requestsPerSecond, null, null, null, null,
                connectErrors, readErrors, writeErrors, timeouts, non2xxOr3xx);
    }

    /** Returns every kind of error added up: socket errors, timeouts and 4xx/5xx answers. */
    public long errors() {
        return connectErrors + readErrors + writeErrors + timeouts + non2xxOr3xx;
    }

    /**
     * Reads wrk's output. The socket error and non-2xx lines are optional (wrk prints them only
     * when non-zero); the totals, the rate and the latency distribution are required.
     *
     * @param output wrk's standard output
     * @return the report
     * @throws IllegalArgumentException naming the missing line when the output is not a wrk report
     *                                  with {@code --latency}
     */
    public static WrkReport parse(String output) {
        long requests = -1;
        double duration = -1;
        double rate = -1;
        double[] percentiles = {-1, -1, -1, -1};
        long[] socketErrors = new long[4];
        long non2xx = 0;
        boolean inDistribution = false;
        for (String rawLine : output.split("\n")) {
            String line = rawLine.trim();
            String[] words = line.split("\\s+");
            if (line.startsWith("Latency Distribution")) {
                inDistribution = true;
            } else if (inDistribution && words.length == 2 && words[0].endsWith("%")) {
                int slot = percentileSlot(words[0]);
                if (slot >= 0) {
                    percentiles[slot] = micros(words[1]);
                }
            } else if (words.length >= 4 && words[1].equals("requests") && words[2].equals("in")) {
                inDistribution = false;
                requests = Long.parseLong(words[0]);
                duration = micros(stripComma(words[3])) / 1_000_000.0;
            } else if (line.startsWith("Socket errors:")) {
                String[] counts = line.substring("Socket errors:".length()).split(",");
                for (int i = 0; i < counts.length && i < socketErrors.length; i++) {
                    String[] nameAndCount = counts[i].trim().split("\\s+");
                    socketErrors[i] = Long.parseLong(nameAndCount[1]);
                }
            } else if (line.startsWith("Non-2xx or 3xx responses:")) {
                non2xx = Long.parseLong(line.substring("Non-2xx or 3xx responses:".length()).trim());
            } else if (line.startsWith("Requests/sec:")) {
                rate = Double.parseDouble(line.substring("Requests/sec:".length()).trim());
            }
        }
        require(requests >= 0, "the 'N requests in T' line");
        require(rate >= 0, "the 'Requests/sec:' line");
        require(percentiles[0] >= 0 && percentiles[3] >= 0, "the latency distribution (run wrk with --latency)");
        return new WrkReport(requests, duration, rate, percentiles[0], percentiles[1], percentiles[2],
                percentiles[3], socketErrors[0], socketErrors[1], socketErrors[2], socketErrors[3], non2xx);
    }

    private static int percentileSlot(String percent) {
        return switch (percent) {
            case "50%" -> 0;
            case "75%" -> 1;
            case "90%" -> 2;
            case "99%" -> 3;
            default -> -1;
        };
    }

    /**
     * Converts one of wrk's times ({@code 812.00us}, {@code 1.25ms}, {@code 2.00s}, {@code 1.00m},
     * {@code 1.00h}) to microseconds.
     */
    static double micros(String time) {
        int unitStart = time.length();
        while (unitStart > 0 && Character.isLetter(time.charAt(unitStart - 1))) {
            unitStart--;
        }
        double value = Double.parseDouble(time.substring(0, unitStart));
        return switch (time.substring(unitStart)) {
            case "us" -> value;
            case "ms" -> value * 1_000;
            case "s" -> value * 1_000_000;
            case "m" -> value * 60_000_000;
            case "h" -> value * 3_600_000_000.0;
            default -> throw new IllegalArgumentException("Unknown time unit in wrk's '" + time + "'.");
        };
    }

    private static String stripComma(String word) {
        return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    }

    private static void require(boolean present, String what) {
        if (!present) {
            throw new IllegalArgumentException("wrk's output lacks " + what + "; is it wrk 4 output?");
        }
    }
}
