package dev.peregrine.bench.loadgen;

/**
 * What one step of the sweep measured. Latencies are in microseconds, from each request's intended
 * send time to the end of its response, so a stalled server or a full set of busy connections shows
 * up in them (coordinated omission corrected).
 *
 * @param attemptedRate    requests a second the step tried to send
 * @param achievedRate     completed responses a second, over the step's window or until the last response if later
 * @param seconds          the step's scheduling window
 * @param connections      keep-alive connections used
 * @param sent             requests written to a connection
 * @param completed        responses received, of any status
 * @param p50Micros        median latency
 * @param p90Micros        90th percentile latency
 * @param p99Micros        99th percentile latency
 * @param maxMicros        the largest latency
 * @param non2xx           responses whose status was not 2xx
 * @param timeouts         requests with no response within the timeout
 * @param connectionErrors failed connects and connections lost with a request in flight
 * @param unsent           requests due in the window that were never sent because the generator fell behind
 */
public record StepResult(long attemptedRate, double achievedRate, double seconds, int connections, long sent,
                         long completed, long p50Micros, long p90Micros, long p99Micros, long maxMicros,
                         long non2xx, long timeouts, long connectionErrors, long unsent) {

    /**
     * The step as one line of JSON with a flat object, fields in declaration order, rates with one decimal.
     *
     * @return the JSON text, without a line break
     */
    public String toJsonLine() {
        return "{\"attemptedRate\":" + attemptedRate
                + ",\"achievedRate\":" + oneDecimal(achievedRate)
                + ",\"seconds\":" + oneDecimal(seconds)
                + ",\"connections\":" + connections
                + ",\"sent\":" + sent
                + ",\"completed\":" + completed
                + ",\"p50Micros\":" + p50Micros
                + ",\"p90Micros\":" + p90Micros
                + ",\"p99Micros\":" + p99Micros
                + ",\"maxMicros\":" + maxMicros
                + ",\"non2xx\":" + non2xx
                + ",\"timeouts\":" + timeouts
                + ",\"connectionErrors\":" + connectionErrors
                + ",\"unsent\":" + unsent
                + "}";
    }

    private static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return (tenths / 10) + "." + Math.abs(tenths % 10);
    }
}
