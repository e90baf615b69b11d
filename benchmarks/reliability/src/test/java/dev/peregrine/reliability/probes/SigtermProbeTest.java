package dev.peregrine.reliability.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SIGTERM probe with small numbers: eight keep-alive clients, SIGTERM after a couple of hundred answers. */
class SigtermProbeTest {

    @Test
    void sigtermUnderLoadAnswersEveryAcceptedRequestAndExitsZero(@TempDir Path out) throws Exception {
        ProbeResult result = SigtermProbe.run(ProbeSetup.fast(out), SigtermProbe.Settings.fast());

        assertEquals(List.of(), result.failedChecks(), result.report());
        DrainLoad.Tally clients = (DrainLoad.Tally) result.data().get("clients");
        assertEquals(0, clients.errors());
        assertTrue(clients.okBeforeTerm() >= 200, clients.toString());
        assertEquals(0, result.data().get("exitStatus"));
    }
}
