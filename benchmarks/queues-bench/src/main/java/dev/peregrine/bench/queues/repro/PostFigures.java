package dev.peregrine.bench.queues.repro;

/**
 * The figures of the post being reproduced, "Redis Lua Scripting for Performance" by Zaqar's
 * author: one Zaqar web head (uWSGI) on Redis under zaqar-bench with 3,000 producers, before and
 * after its message indexing moved from a WATCH/MULTI/EXEC retry loop to one Lua script.
 *
 * @param label             the row's name in tables
 * @param chart             its name in charts
 * @param requestsPerSecond requests per second
 * @param mean              mean latency, ms
 * @param stdev             standard deviation, ms
 * @param p99               99th percentile, ms
 * @param max               largest latency, ms
 */
public record PostFigures(String label, String chart, double requestsPerSecond, double mean, double stdev, double p99, double max) {
    /** Before: WATCH/MULTI/EXEC, retried when a watched key changed. */
    public static final PostFigures WATCH_MULTI = new PostFigures("post: Zaqar, WATCH/MULTI", "post WATCH/MULTI", 5_223, 3.5, 7.7, 42.1, 186.5);

    /** After: one Lua script. */
    public static final PostFigures LUA = new PostFigures("post: Zaqar, Lua", "post Lua", 8_246, 2.4, 1.7, 10.7, 54.6);
}
