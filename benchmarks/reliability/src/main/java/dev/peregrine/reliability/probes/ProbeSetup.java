package dev.peregrine.reliability.probes;

import java.nio.file.Path;
import java.util.List;

/**
 * Where and how the probes run.
 *
 * @param outDir where results and the server's logs go
 * @param serverCpu the CPU the server is pinned to with {@code taskset}, or -1 for none
 * @param serverJvmFlags the server JVM's flags (GC, heap)
 * @param fast whether to run the small, seconds-long versions (the tests' numbers)
 */
record ProbeSetup(Path outDir, int serverCpu, List<String> serverJvmFlags, boolean fast) {

    /**
     * The server JVM's flags for the full runs. NOTE: ParallelGC, set explicitly: pinned to one
     * core the JVM would pick SerialGC. The heap is fixed and touched at start, so the resident
     * memory that changes afterwards is what the server allocates outside its heap (Netty's direct
     * buffers, thread stacks); the heap is measured on its own, after a full GC.
     */
    static final List<String> FULL_SERVER_FLAGS = List.of("--sun-misc-unsafe-memory-access=allow",
            "--enable-native-access=ALL-UNNAMED", "-XX:+UseParallelGC", "-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch");

    /** The server JVM's flags for the fast runs: a small heap, started quickly. */
    static final List<String> FAST_SERVER_FLAGS = List.of("--sun-misc-unsafe-memory-access=allow",
            "--enable-native-access=ALL-UNNAMED", "-XX:+UseParallelGC", "-Xms128m", "-Xmx128m");

    /** The fast versions, unpinned, writing to {@code outDir}: what the tests run. */
    static ProbeSetup fast(Path outDir) {
        return new ProbeSetup(outDir, -1, FAST_SERVER_FLAGS, true);
    }
}
