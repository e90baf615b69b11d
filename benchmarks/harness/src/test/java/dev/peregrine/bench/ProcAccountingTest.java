package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProcAccountingTest {
    /** A recorded stat line: utime 120, stime 30, cutime 5, cstime 1. */
    private static final String JAVA_STAT = "4242 (java) S 4100 4242 18377 0 -1 4194304 99 0 0 0 120 30 5 1 20 0 "
            + "31 0 537911 3133440 383 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 0 0 0 0 0 0";

    private static String recorded(String name) throws IOException {
        try (InputStream in = ProcAccountingTest.class.getResourceAsStream("/proc/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void statLineGivesOwnAndReapedChildrenTicks() {
        ProcessStat stat = ProcessStat.parse(JAVA_STAT);
        assertEquals(4242, stat.pid());
        assertEquals(4100, stat.parent());
        assertEquals(156, stat.ticks());
    }

    @Test
    void commandNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
        ProcessStat stat = ProcessStat.parse(JAVA_STAT.replace("(java)", "(uwsgi (worker 1))"));
        assertEquals(4100, stat.parent());
        assertEquals(156, stat.ticks());
    }

    @Test
    void textThatIsNoStatLineIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProcessStat.parse("not a stat line"));
    }

    @Test
    void treeTicksAddDescendantsButNotOtherProcesses() {
        List<ProcessStat> processes = List.of(
                new ProcessStat(1, 0, 1_000),
                new ProcessStat(100, 1, 10),
                new ProcessStat(101, 100, 200),
                new ProcessStat(102, 100, 300),
                new ProcessStat(103, 102, 7),
                new ProcessStat(200, 1, 5_000));
        assertEquals(517, ProcessTreeCpu.treeTicks(100, processes));
    }

    @Test
    void treeOfAnExitedServerHasNoTicks() {
        assertEquals(0, ProcessTreeCpu.treeTicks(999, List.of(new ProcessStat(1, 0, 1_000))));
    }

    @Test
    void coreBusyFractionCountsEverythingButIdleAndIowait() throws IOException {
        CoreTimes before = CoreTimes.parse(recorded("stat-before.txt"), 0);
        CoreTimes after = CoreTimes.parse(recorded("stat-after.txt"), 0);
        // cpu0 moved by user 200, system 100, idle 10, softirq 100: 400 busy of 410.
        assertEquals(400.0 / 410, after.busyFractionSince(before), 1e-12);
    }

    @Test
    void missingCoreIsRefusedNamingTheTwoCoreNeed() throws IOException {
        String stat = recorded("stat-before.txt");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> CoreTimes.parse(stat, 2));
        assertTrue(error.getMessage().contains("two cores"), error.getMessage());
    }

    @Test
    void cpuPerRequestIsServerTicksOverCompletedRequests() throws IOException {
        ProcSample before = new ProcSample(1_000, CoreTimes.parse(recorded("stat-before.txt"), 0),
                CoreTimes.parse(recorded("stat-before.txt"), 1));
        ProcSample after = new ProcSample(1_300, CoreTimes.parse(recorded("stat-after.txt"), 0),
                CoreTimes.parse(recorded("stat-after.txt"), 1));
        WrkReport wrk = new WrkReport(150_000, 3.0, 50_000, 800.0, 900.0, 1_000.0, 2_000.0, 0, 0, 0, 0, 0);
        Scenario scenario = new Scenario(Endpoint.JSON, LoadShape.keepAlive(64));

        RoundResult result = RoundResult.measured("netty", scenario, 1, wrk, before, after, 100);

        // 300 ticks at 100 per second = 3 s of CPU for 150,000 requests.
        assertEquals(20.0, result.serverCpuMicrosPerRequest(), 1e-9);
        assertEquals(400.0 / 410, result.serverCoreBusy(), 1e-12);
        assertEquals(400.0 / 410, result.generatorCoreBusy(), 1e-12);
        assertEquals(RoundLimit.CLIENT, result.limit(), "wrk's core at 97.6% is saturated");
        assertEquals("json", result.endpoint());
        assertEquals("keep-alive c64", result.shape());
    }

    @Test
    void roundWithoutRequestsHasNoCpuPerRequest() throws IOException {
        CoreTimes core = CoreTimes.parse(recorded("stat-before.txt"), 0);
        ProcSample sample = new ProcSample(0, core, core);
        WrkReport empty = new WrkReport(0, 2.0, 0, 0.0, 0.0, 0.0, 0.0, 0, 8, 0, 0, 0);
        RoundResult result = RoundResult.measured("x", new Scenario(Endpoint.JSON, LoadShape.keepAlive(8)), 1, empty,
                sample, sample, 100);
        assertTrue(Double.isNaN(result.serverCpuMicrosPerRequest()));
        assertFalse(Double.isNaN(result.serverCoreBusy()));
    }
}
