package dev.peregrine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What {@code /proc} says at one edge of a measured window.
 *
 * @param serverTicks   CPU ticks of the server and its descendants so far
 * @param serverCore    cumulative times of the core the server is pinned to
 * @param generatorCore cumulative times of the core the load generator is pinned to
 */
public record ProcSample(long serverTicks, CoreTimes serverCore, CoreTimes generatorCore) {
    /**
     * Samples {@code /proc} now.
     *
     * @param proc          where proc is mounted
     * @param tree          the reader of the server's process tree
     * @param serverPid     the server's process id
     * @param serverCore    the core the server is pinned to
     * @param generatorCore the core the load generator is pinned to
     * @return the sample
     * @throws IOException when {@code /proc} cannot be read
     */
    public static ProcSample read(Path proc, ProcessTreeCpu tree, long serverPid, int serverCore, int generatorCore)
            throws IOException {
        String stat = Files.readString(proc.resolve("stat"));
        return new ProcSample(tree.ticks(serverPid), CoreTimes.parse(stat, serverCore),
                CoreTimes.parse(stat, generatorCore));
    }
}
