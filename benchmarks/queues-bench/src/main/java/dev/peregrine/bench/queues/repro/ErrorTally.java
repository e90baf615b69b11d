package dev.peregrine.bench.queues.repro;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Errors by kind, as queues-bench counts them: answers other than 2xx by status, connection errors
 * and timeouts. Tallies add up, so a configuration's errors over all its rounds are one tally.
 *
 * @param byStatus    non-2xx answers by status
 * @param connection  failed connects and connections lost with a request in flight
 * @param timeouts    requests unanswered within queues-bench's {@code --timeout}
 */
public record ErrorTally(Map<Integer, Long> byStatus, long connection, long timeouts) {
    /** No errors. */
    public static final ErrorTally NONE = new ErrorTally(Map.of(), 0, 0);

    /** Keeps the statuses sorted, so the text reads the same from run to run. */
    public ErrorTally {
        byStatus = Map.copyOf(new TreeMap<>(byStatus));
    }

    /** Reads queues-bench's {@code errors} object. */
    static ErrorTally from(JsonNode errors) {
        Map<Integer, Long> byStatus = new TreeMap<>();
        errors.path("by_status").properties().forEach(e -> byStatus.put(Integer.parseInt(e.getKey()), e.getValue().asLong()));
        return new ErrorTally(byStatus, errors.path("connection").asLong(), errors.path("timeouts").asLong());
    }

    /** Returns the errors of both tallies. */
    ErrorTally plus(ErrorTally other) {
        Map<Integer, Long> statuses = new TreeMap<>(byStatus);
        other.byStatus.forEach((status, count) -> statuses.merge(status, count, Long::sum));
        return new ErrorTally(statuses, connection + other.connection, timeouts + other.timeouts);
    }

    /** Returns every error of every kind. */
    public long total() {
        long total = connection + timeouts;
        for (long count : byStatus.values()) {
            total += count;
        }
        return total;
    }

    /** Returns the errors in one phrase, as queues-bench writes them: {@code 503 × 12, 1 connection error}, or {@code none}. */
    public String text() {
        List<String> parts = new ArrayList<>();
        byStatus.forEach((status, count) -> parts.add(status + " × " + count));
        if (connection > 0) {
            parts.add(connection + " connection error" + (connection == 1 ? "" : "s"));
        }
        if (timeouts > 0) {
            parts.add(timeouts + " timeout" + (timeouts == 1 ? "" : "s"));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
