package dev.peregrine.bench;

/**
 * What {@code /proc} says at one edge of a measured window.
 *
 * @param serverTicks   CPU ticks of the server and its descendants so far
 * @param serverCore    cumulative times of the core the server is pinned to
 * @param generatorCore cumulative times of the core wrk is pinned to
 */
public record ProcSample(long serverTicks, CoreTimes serverCore, CoreTimes generatorCore) {
}
