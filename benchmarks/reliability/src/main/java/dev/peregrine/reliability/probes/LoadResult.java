package dev.peregrine.reliability.probes;

import java.util.List;
import java.util.Map;

/**
 * What an {@link OpenLoopLoad} saw.
 *
 * @param seconds how long requests were sent
 * @param sent requests written
 * @param answered responses received whole
 * @param unexpected answers with another status or body length than their kind expects
 * @param lost requests whose connection closed or failed before their answer came
 * @param timedOut requests not answered within the load's timeout (their connection was replaced)
 * @param connectFailures connections that could not be opened
 * @param unsent requests due when the load stopped but never sent, every connection being busy
 * @param latency from each request's intended send time to its answer's end (coordinated
 *     omission corrected), every answer included
 * @param byKind counts per kind of request: sent, answered, unexpected, lost
 * @param problems the first few unexpected answers and losses, described
 */
record LoadResult(
        double seconds,
        long sent,
        long answered,
        long unexpected,
        long lost,
        long timedOut,
        long connectFailures,
        long unsent,
        Latency latency,
        Map<String, KindCounts> byKind,
        List<String> problems) {

    /** Everything that went wrong: unexpected answers, losses, timeouts and failed connects. */
    long errors() {
        return unexpected + lost + timedOut + connectFailures;
    }

    /** The counts of one kind of request. */
    record KindCounts(long sent, long answered, long unexpected, long lost) {
    }

    /** Answers per second over the load's duration. */
    double answeredPerSecond() {
        return seconds <= 0 ? 0 : Math.round(answered / seconds * 10) / 10.0;
    }
}
