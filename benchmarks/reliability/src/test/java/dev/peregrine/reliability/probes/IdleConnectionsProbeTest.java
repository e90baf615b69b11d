package dev.peregrine.reliability.probes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The idle-connections probe with small numbers: two hundred idle connections. */
class IdleConnectionsProbeTest {

    @Test
    void idleConnectionsStayOpenANormalRequestIsAnsweredAndTheirMemoryComesBack(@TempDir Path out) throws Exception {
        ProbeResult result = IdleConnectionsProbe.run(ProbeSetup.fast(out), IdleConnectionsProbe.Settings.fast());

        assertEquals(List.of(), result.failedChecks(), result.report());
        ServerSample with = (ServerSample) result.data().get("with");
        assertTrue(with.openConnections() >= 200, "the server held them all: " + with);
        assertEquals(200, result.data().get("normalStatus"));
    }
}
