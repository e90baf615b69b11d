package dev.peregrine.reliability.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probes' parsing and result files, without a server. */
class ProbeResultsTest {

    @Test
    void gcPausesAreReadFromTheLogWithTheProbesOwnCollectionsApart() {
        GcPauses pauses = GcPauses.parse(List.of(
                "[0.012s][info][gc] Using Parallel",
                "[1.234s][info][gc] GC(0) Pause Young (Allocation Failure) 130M->3M(491M) 2.500ms",
                "[2.000s][info][gc] GC(1) Pause Full (System.gc()) 20M->6M(491M) 14.250ms",
                "[3.100s][info][gc] GC(2) Pause Young (Allocation Failure) 131M->4M(491M) 1.500ms"));

        assertEquals(List.of(2.5, 1.5), pauses.collectorPausesMs());
        assertEquals(List.of(14.25), pauses.requestedPausesMs());
        assertEquals(2.5, pauses.collectorPercentile(99));
        assertEquals(1.5, pauses.collectorPercentile(50));
    }

    @Test
    void processStatusGivesResidentMemoryAndThreads() {
        ProcStatus status = ProcStatus.parse("Name:\tjava\nVmPeak:\t 9000 kB\nVmRSS:\t  123456 kB\nThreads:\t42\n");

        assertEquals(new ProcStatus(123_456, 42), status);
    }

    @Test
    void serverLimitsTravelToTheChildAndBack() {
        ServerLimits limits = ServerLimits.defaults().withClientTimeouts(Duration.ofMillis(1500))
                .withIdleTimeout(Duration.ofMinutes(10), 12_000);

        assertEquals(limits, ServerLimits.parse(limits.toArgs().toArray(String[]::new)));
    }

    @Test
    void eachProbeWritesMarkdownAndJsonAndTheSummaryListsEveryProbeInTheFolder(@TempDir Path out) throws Exception {
        ResultsFolder folder = new ResultsFolder(out);
        Machine machine = Machine.after(2, 0.5, 0);
        folder.write(new ProbeResult("idle", "Idle", "all good", List.of(new Check("holds", true, "1")), List.of(), "body\n",
                Map.of("n", 1)), "run idle", machine);
        folder.write(new ProbeResult("sigterm", "Sigterm", "one lost", List.of(new Check("no loss", false, "1 lost")),
                List.of(), "body\n", Map.of("timeout", Duration.ofSeconds(20))), "run sigterm", machine);

        String summary = Files.readString(out.resolve("summary.md"));
        assertTrue(summary.contains("| [idle](idle.md) | PASS | all good | `run idle` |"), summary);
        assertTrue(summary.contains("| [sigterm](sigterm.md) | **FAIL** | one lost | `run sigterm` |"), summary);
        assertTrue(Files.readString(out.resolve("sigterm.json")).contains("\"timeout\" : \"PT20S\""));
        assertTrue(Files.readString(out.resolve("idle.md")).contains("**PASS**: all good"));
    }
}
