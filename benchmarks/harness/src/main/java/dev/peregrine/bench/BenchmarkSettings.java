package dev.peregrine.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything a run needs to know, as read from the command line.
 *
 * @param plan             what to measure with wrk
 * @param sweep            the open-loop rate sweep that follows
 * @param loadgenJar       the open-loop generator's jar, or {@code null} to skip the sweep
 * @param peersDirectory   where the peers' directories are
 * @param resultsDirectory where the dated results folder is created
 * @param runName          what the results folder's name ends with after its date: the mode, or {@code --name}
 * @param onlyPeers        the peers to run, or empty for all found
 * @param baseline         the peer ratios are taken against
 * @param javaHome         the JDK the JVM peers run on
 * @param javaOpts         the flags every JVM peer gets through {@code JAVA_OPTS}
 * @param wrk              the wrk executable
 * @param serverCore       the core servers are pinned to
 * @param generatorCore    the core wrk and the open-loop generator are pinned to
 * @param ticksPerSecond   the kernel's clock ticks per second
 * @param proc             where proc is mounted
 * @param seed             seeds the shuffled peer order of every round ({@link RunOrder})
 * @param allPeersUp       keep every peer up for the whole run ({@link AllPeersUp}) instead of
 *                         only the one being measured ({@link OneAtATime})
 */
public record BenchmarkSettings(BenchmarkPlan plan, SweepPlan sweep, Path loadgenJar, Path peersDirectory,
                                Path resultsDirectory, String runName, List<String> onlyPeers,
                                String baseline, Path javaHome, String javaOpts, String wrk, int serverCore,
                                int generatorCore, long ticksPerSecond, Path proc,
                                long seed, boolean allPeersUp) {

    /**
     * The flags every JVM peer runs with: Netty's faster buffers and native transport allowed, and
     * the GC chosen explicitly, since a JVM pinned to one core otherwise picks SerialGC by itself.
     */
    public static final String DEFAULT_JAVA_OPTS = "--sun-misc-unsafe-memory-access=allow"
            + " --enable-native-access=ALL-UNNAMED -XX:+UseParallelGC -Xms512m -Xmx512m";

    /**
     * Returns these settings for one half of a comparison: the given lifecycle, the results folder
     * named after it, and no rate sweep, which the comparison is not about.
     *
     * @param allUp whether every peer stays up
     * @return the settings
     */
    public BenchmarkSettings comparisonHalf(boolean allUp) {
        return new BenchmarkSettings(plan, sweep, null, peersDirectory, resultsDirectory,
                runName + (allUp ? "-all-up" : "-one-at-a-time"), onlyPeers, baseline, javaHome, javaOpts, wrk,
                serverCore, generatorCore, ticksPerSecond, proc, seed, allUp);
    }
}
