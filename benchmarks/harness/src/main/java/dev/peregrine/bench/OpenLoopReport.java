package dev.peregrine.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One step of the open-loop generator ({@code benchmarks/loadgen}) as it printed it: one JSON line
 * per attempted rate. Latencies run from each request's intended send time, so they are corrected
 * for coordinated omission.
 *
 * @param attemptedRate    requests a second the step tried to send
 * @param achievedRate     completed responses a second
 * @param seconds          the step's window
 * @param connections      keep-alive connections used
 * @param sent             requests written
 * @param completed        responses received, of any status
 * @param p50Micros        median latency
 * @param p90Micros        90th percentile latency
 * @param p99Micros        99th percentile latency
 * @param maxMicros        the largest latency
 * @param non2xx           responses whose status was not 2xx
 * @param timeouts         requests left unanswered past the generator's timeout
 * @param connectionErrors failed connects and connections lost with a request in flight
 * @param unsent           requests due in the window never sent because every connection was busy
 */
public record OpenLoopReport(long attemptedRate, double achievedRate, double seconds, int connections, long sent,
                             long completed, long p50Micros, long p90Micros, long p99Micros, long maxMicros,
                             long non2xx, long timeouts, long connectionErrors, long unsent) {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /**
     * Reads one line the generator printed to standard output.
     *
     * @param line the JSON object, all fields present
     * @return the step
     * @throws IllegalArgumentException naming the line when it is not a complete step
     */
    public static OpenLoopReport parse(String line) {
        try {
            return STRICT.readValue(line, OpenLoopReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The generator printed '" + line + "', not a step's JSON line ("
                    + e.getOriginalMessage() + "); rebuild benchmarks/loadgen so harness and generator agree.", e);
        }
    }

    /** Returns the failed requests: non-2xx answers, timeouts and connection errors. */
    public long errors() {
        return non2xx + timeouts + connectionErrors;
    }
}
