package dev.peregrine.benchmarks.pipeline;

/** The JVM flags every benchmark of this module forks with. */
final class BenchmarkFork {

    // NOTE: GC and heap are set explicitly, since a JVM that sees one CPU silently picks SerialGC;
    // JMH's forked harness uses sun.misc.Unsafe, which JDK 25 warns about unless allowed.
    static final String G1 = "-XX:+UseG1GC";
    static final String PARALLEL = "-XX:+UseParallelGC";
    static final String HEAP_MIN = "-Xms512m";
    static final String HEAP_MAX = "-Xmx512m";
    static final String ALLOW_UNSAFE = "--sun-misc-unsafe-memory-access=allow";
    /** zstd-jni loads a native library. */
    static final String NATIVE_ACCESS = "--enable-native-access=ALL-UNNAMED";

    private BenchmarkFork() {
    }
}
