package dev.peregrine.bench.queues;

import java.time.Instant;
import java.util.List;

/**
 * Everything a run measured, which every output format is written from.
 *
 * @param options   the run's options
 * @param startedAt when the actors started
 * @param roles     one result per role that had actors, in {@link Role} order
 * @param timeline  one sample per second of the counted run
 */
public record BenchResult(BenchOptions options, Instant startedAt, List<RoleResult> roles,
                          List<TimelineSample> timeline) {

    /** The result of a role, or null when it had no actors. */
    public RoleResult role(Role role) {
        for (RoleResult result : roles) {
            if (result.role() == role) {
                return result;
            }
        }
        return null;
    }
}
