package dev.peregrine.bench.queues;

import java.util.Map;

/**
 * One second of the counted run, as the progress line saw it.
 *
 * @param second            seconds since counting started, at the end of this sample
 * @param requestsPerSecond successful requests per second during the sample, by role
 * @param errors            errors of every kind during the sample, all roles together
 */
public record TimelineSample(long second, Map<Role, Double> requestsPerSecond, long errors) {
}
