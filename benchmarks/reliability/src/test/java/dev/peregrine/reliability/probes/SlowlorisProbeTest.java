package dev.peregrine.reliability.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The slowloris probe with small numbers: a few dozen slow clients for a few seconds. */
class SlowlorisProbeTest {

    @Test
    @SuppressWarnings("unchecked")
    void slowHeadsAndBodiesAreCutWith408WhileTheNormalClientIsAnswered(@TempDir Path out) throws Exception {
        ProbeResult result = SlowlorisProbe.run(ProbeSetup.fast(out), SlowlorisProbe.Settings.fast());

        assertEquals(List.of(), result.failedChecks(), result.report());
        var tallies = (Map<SlowlorisConnection.Style, SlowlorisCrowd.Tally>) result.data().get("slowClients");
        for (SlowlorisCrowd.Tally tally : tallies.values()) {
            assertTrue(tally.cutByServer() >= 25, "the first wave of each style is cut within the run: " + tally);
            assertEquals(tally.cutByServer(), tally.cutWith408(), "each cut comes with a 408: " + tally);
        }
        assertEquals(0, ((LoadResult) result.data().get("normalClient")).errors());
    }
}
