package dev.peregrine.benchmarks.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every benchmark of this module forks as the socket benchmark's load runs start their JVMs, and
 * more than once. Reads the benchmark list JMH's annotation processor generated, so it sees each
 * benchmark's effective {@code @Fork}, whichever class declares it.
 */
class BenchmarkForkTest {

    /** The harness's default {@code JAVA_OPTS} for every JVM peer (BenchmarkSettings.DEFAULT_JAVA_OPTS). */
    private static final Set<String> LOAD_RUN_FLAGS = Set.of("-XX:+UseParallelGC", "-Xms512m", "-Xmx512m",
            "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED");

    @Test
    void everyBenchmarkForksAtLeastTwice() throws IOException {
        for (BenchmarkListEntry benchmark : benchmarks()) {
            int forks = benchmark.getForks().orElse(0);
            assertTrue(forks >= 2, benchmark.getUsername() + " forks " + forks + " times; declare"
                    + " @Fork(value = BenchmarkFork.COUNT, ...) so one fork's JIT cannot set the result alone");
        }
    }

    @Test
    void everyBenchmarkRunsWithTheLoadRunsGcAndHeapAndNoOther() throws IOException {
        for (BenchmarkListEntry benchmark : benchmarks()) {
            List<String> flags = new ArrayList<>();
            flags.addAll(benchmark.getJvmArgsPrepend().orElse(List.of()));
            flags.addAll(benchmark.getJvmArgs().orElse(List.of()));
            flags.addAll(benchmark.getJvmArgsAppend().orElse(List.of()));
            assertTrue(flags.containsAll(LOAD_RUN_FLAGS), benchmark.getUsername() + " forks with " + flags
                    + ", missing some of the load runs' " + LOAD_RUN_FLAGS);
            for (String flag : flags) {
                assertFalse(choosesGcOrHeap(flag) && !LOAD_RUN_FLAGS.contains(flag), benchmark.getUsername()
                        + " declares " + flag + "; use BenchmarkFork's flags, the ones the load runs use");
            }
        }
    }

    @Test
    void runScriptLeavesForksAndJvmFlagsToTheBenchmarks() throws IOException {
        String jmhCommand = Files.readString(Path.of("run")).replace("\\\n", " ").lines()
                .filter(line -> line.contains("-jar \"$jar\"")).findFirst().orElseThrow();
        for (String override : List.of(" -f ", " -jvmArgs ", " -jvmArgsAppend ", " -jvmArgsPrepend ")) {
            assertFalse(jmhCommand.contains(override),
                    "run passes" + override + "to JMH, which overrides every benchmark's @Fork: " + jmhCommand);
        }
    }

    private static boolean choosesGcOrHeap(String flag) {
        return flag.matches("-XX:[+-]Use\\w*GC") || flag.startsWith("-Xms") || flag.startsWith("-Xmx")
                || flag.startsWith("-XX:MaxHeapSize") || flag.startsWith("-XX:InitialHeapSize");
    }

    private static Collection<BenchmarkListEntry> benchmarks() throws IOException {
        try (InputStream list = BenchmarkForkTest.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
            assertNotNull(list, "no benchmark list on the class path: JMH's annotation processor did not run");
            List<BenchmarkListEntry> benchmarks = BenchmarkList.readBenchmarkList(list);
            assertFalse(benchmarks.isEmpty(), "the benchmark list is empty");
            return benchmarks;
        }
    }
}
