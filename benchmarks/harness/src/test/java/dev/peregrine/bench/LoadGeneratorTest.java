package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoadGeneratorTest {
    private final LoadGenerator generator = new LoadGenerator("wrk", 0, 1, 100, Path.of("/proc"), Path.of("/tmp"));

    @Test
    void keepAliveRunIsOneWrkThreadOnTheGeneratorsCoreWithLatency() {
        assertEquals(List.of("taskset", "-c", "1", "wrk", "-t1", "-c64", "-d3s", "--latency", "http://h/json"),
                generator.command("http://h/json", LoadShape.keepAlive(64), 3, null));
    }

    @Test
    void closeShapeAsksForConnectionClose() {
        assertEquals(List.of("taskset", "-c", "1", "wrk", "-t1", "-c16", "-d2s", "--latency", "-H", "Connection: close",
                "http://h/json"), generator.command("http://h/json", LoadShape.closeEach(16), 2, null));
    }

    @Test
    void pipelinedShapeRunsTheScript() {
        List<String> command = generator.command("http://h/plaintext", LoadShape.pipelined(64, 16), 2,
                Path.of("/s/pipeline-16.lua"));
        assertEquals(List.of("-s", "/s/pipeline-16.lua", "http://h/plaintext"), command.subList(8, 11));
    }

    @Test
    void pipelineScriptBatchesTheRequestDepthTimes() {
        String lua = PipelineScript.lua(16);
        assertTrue(lua.contains("for i = 1, 16 do"), lua);
        assertTrue(lua.contains("batch[i] = wrk.format()"), lua);
        assertTrue(lua.contains("request = function()\n  return pipelined\nend"), lua);
    }

    @Test
    void pipeliningWithCloseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new LoadShape(64, true, 16));
    }

    @Test
    void shapeLabelsNameKindAndConnections() {
        assertEquals("keep-alive c64", LoadShape.keepAlive(64).label());
        assertEquals("close c64", LoadShape.closeEach(64).label());
        assertEquals("pipelined16 c64", LoadShape.pipelined(64, 16).label());
    }
}
