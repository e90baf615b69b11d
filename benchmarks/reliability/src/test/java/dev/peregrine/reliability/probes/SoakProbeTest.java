package dev.peregrine.reliability.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The soak probe for five seconds instead of thirty minutes. */
class SoakProbeTest {

    @Test
    void mixedLoadIsAnsweredAsExpectedWithAFlatLiveHeapAndACleanStop(@TempDir Path out) throws Exception {
        ProbeResult result = SoakProbe.run(ProbeSetup.fast(out), SoakProbe.Settings.fast(Duration.ofSeconds(5)));

        assertEquals(List.of(), result.failedChecks(), result.report());
        LoadResult load = (LoadResult) result.data().get("load");
        assertEquals(List.of("plaintext", "json", "post-1k", "stream", "not-found", "two-lengths", "bad-header"),
                List.copyOf(load.byKind().keySet()));
        assertTrue(load.answered() > 100, load.toString());
        assertTrue(Files.size(out.resolve("logs/soak-gc.log")) > 0, "the server wrote its GC log");
    }
}
