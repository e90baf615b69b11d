package dev.peregrine.benchmarks.pipeline;

/**
 * How every benchmark of this module forks: the fork count and the JVM flags, the same GC and heap
 * as the socket benchmark's load runs (the harness's {@code JAVA_OPTS}), so an in-process number and
 * a number under load come from the same collector. Each {@code @Fork} names these constants;
 * {@code BenchmarkForkTest} fails when a benchmark declares another GC, another heap or fewer forks.
 */
final class BenchmarkFork {

    /**
     * Forks per benchmark: one fork's JIT decisions and memory layout can set a result on their
     * own, so at least two, and a difference between forks shows in the error bars.
     */
    static final int COUNT = 2;

    // NOTE: GC and heap are set explicitly, since a JVM that sees one CPU silently picks SerialGC;
    // ParallelGC and 512 MB are what the load runs give every JVM peer.
    static final String GC = "-XX:+UseParallelGC";
    static final String HEAP_MIN = "-Xms512m";
    static final String HEAP_MAX = "-Xmx512m";
    /** JMH's forked harness uses sun.misc.Unsafe, which JDK 25 warns about unless allowed. */
    static final String ALLOW_UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    /** zstd-jni loads a native library; the load runs allow native access too. */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private BenchmarkFork() {
    }
}
