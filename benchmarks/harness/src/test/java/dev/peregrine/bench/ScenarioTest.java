package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioTest {
    @Test
    void keysNameEndpointKindAndConnections() {
        assertEquals("json:keep-alive:c64", new Scenario(Endpoint.JSON, LoadShape.keepAlive(64)).key());
        assertEquals("queue-64k:close:c16", new Scenario(Endpoint.QUEUE_64K, LoadShape.closeEach(16)).key());
        assertEquals("plaintext:pipelined16:c64", new Scenario(Endpoint.PLAINTEXT, LoadShape.pipelined(64, 16)).key());
    }

    @Test
    void everyFullModeScenarioIsReadBackFromItsKey() {
        for (Scenario scenario : BenchmarkPlan.full().scenarios()) {
            assertEquals(scenario, Scenario.parse(scenario.key()), scenario.key());
        }
    }

    @Test
    void scenariosOutsideTheModesAreReadToo() {
        assertEquals(new Scenario(Endpoint.JSON, LoadShape.closeEach(256)), Scenario.parse("json:close:c256"));
    }

    @Test
    void malformedKeysAreRefusedNamingTheKeyAndTheForm() {
        for (String key : List.of("json", "json:keep-alive", "jsn:keep-alive:c64", "json:open:c64", "json:keep-alive:64",
                "json:keep-alive:c0", "json:pipelinedx:c64", "json:keep-alive:c64:extra")) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Scenario.parse(key), key);
            assertTrue(error.getMessage().contains("'" + key + "'") && error.getMessage().contains("json:close:c64"),
                    error.getMessage());
        }
    }
}
