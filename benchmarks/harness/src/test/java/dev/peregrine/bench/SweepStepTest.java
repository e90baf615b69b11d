package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepStepTest {
    private static final OpenLoopReport REPORT = OpenLoopReport.parse(OpenLoopReportTest.LINE);

    @Test
    void cpuPerRequestIsServerTicksOverTheWindowPerCompletedRequest() {
        ProcSample before = new ProcSample(1_000, new CoreTimes(100, 1_000), new CoreTimes(50, 1_000));
        ProcSample after = new ProcSample(1_300, new CoreTimes(390, 1_300), new CoreTimes(200, 1_300));

        SweepStep step = SweepStep.measured("netty", Endpoint.QUEUE_1K, REPORT, before, after, 100);

        // 300 ticks at 100 a second = 3 s of CPU over 59,990 completed requests.
        assertEquals(3_000_000.0 / 59_990, step.serverCpuMicrosPerRequest(), 1e-9);
        assertEquals(290.0 / 300, step.serverCoreBusy(), 1e-9);
        assertEquals(150.0 / 300, step.generatorCoreBusy(), 1e-9);
        assertEquals("queue-1k", step.endpoint());
        assertEquals(20_000, step.attemptedRate());
        assertTrue(step.succeeded());
    }

    @Test
    void cpuPerRequestComesFromRecordedProcFiles() throws Exception {
        Path proc = Path.of(SweepStepTest.class.getResource("/proc/stat-before.txt").toURI()).getParent();
        String before = Files.readString(proc.resolve("stat-before.txt"));
        String after = Files.readString(proc.resolve("stat-after.txt"));
        ProcSample start = new ProcSample(500, CoreTimes.parse(before, 0), CoreTimes.parse(before, 1));
        ProcSample end = new ProcSample(620, CoreTimes.parse(after, 0), CoreTimes.parse(after, 1));

        SweepStep step = SweepStep.measured("vertx", Endpoint.QUEUE_1K, REPORT, start, end, 100);

        assertEquals(1_200_000.0 / 59_990, step.serverCpuMicrosPerRequest(), 1e-9);
        assertEquals(CoreTimes.parse(after, 0).busyFractionSince(CoreTimes.parse(before, 0)), step.serverCoreBusy());
    }

    @Test
    void stepWithNoCompletedRequestHasNoCpuPerRequest() {
        OpenLoopReport none = new OpenLoopReport(10_000, 0, 2, 64, 0, 0, 0, 0, 0, 0, 0, 0, 64, 20_000);
        ProcSample sample = new ProcSample(0, new CoreTimes(0, 0), new CoreTimes(0, 0));

        assertTrue(Double.isNaN(SweepStep.measured("x", Endpoint.QUEUE_1K, none, sample, sample, 100)
                .serverCpuMicrosPerRequest()));
    }

    @Test
    void failedStepKeepsItsRateAndReason() {
        SweepStep step = SweepStep.failed("helidon", Endpoint.QUEUE_1K, 40_000, "the generator did not finish");

        assertFalse(step.succeeded());
        assertNull(step.generator());
        assertEquals(40_000, step.attemptedRate());
        assertEquals("the generator did not finish", step.failure());
    }

    @Test
    void generatorCommandPinsOneStepToTheGeneratorsCore() {
        OpenLoopGenerator generator = new OpenLoopGenerator(Path.of("/jdk/bin/java"), Path.of("loadgen.jar"), 0, 1,
                100, Path.of("/proc"));

        assertEquals(List.of("taskset", "-c", "1", "/jdk/bin/java", "--enable-native-access=ALL-UNNAMED",
                "--sun-misc-unsafe-memory-access=allow", "-XX:+UseParallelGC", "-Xms256m", "-Xmx256m", "-jar",
                "loadgen.jar", "--url", "http://127.0.0.1:9/queues/demo/messages", "--rates", "40000", "--seconds",
                "2", "--connections", "64", "--warmup-seconds", "1"),
                generator.command("http://127.0.0.1:9/queues/demo/messages", SweepPlan.fast(), 40_000));
    }
}
