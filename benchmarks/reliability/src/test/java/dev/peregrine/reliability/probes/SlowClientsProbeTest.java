package dev.peregrine.reliability.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slow-clients probe with small numbers: twenty clients of each kind, two-second clocks. */
class SlowClientsProbeTest {

    @Test
    void slowUploadersAndNonReadersAreCutByTheirClocksHoldingNoPlatformThreadAndLeavingNothing(@TempDir Path out) throws Exception {
        ProbeResult result = SlowClientsProbe.run(ProbeSetup.fast(out), SlowClientsProbe.Settings.fast());

        assertEquals(List.of(), result.failedChecks(), result.report());
        assertEquals(9, result.checks().size(), "five kinds of client, threads, memory, nothing left, no leak");
    }
}
