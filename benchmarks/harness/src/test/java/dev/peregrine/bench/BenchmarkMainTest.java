package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchmarkMainTest {
    @Test
    void scenariosListKeepsTheOrderGiven() {
        assertEquals(List.of(new Scenario(Endpoint.QUEUE_64K, LoadShape.keepAlive(64)),
                        new Scenario(Endpoint.JSON, LoadShape.closeEach(64))),
                BenchmarkMain.scenarios("queue-64k:keep-alive:c64, json:close:c64"));
    }

    @Test
    void scenarioNamedTwiceIsRefused() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> BenchmarkMain.scenarios("json:close:c64,json:close:c64"));
        assertTrue(error.getMessage().contains("twice"), error.getMessage());
    }

    @Test
    void runNameMustFitAFolderName() {
        assertEquals("tuning-2", BenchmarkMain.runName("tuning-2"));
        for (String name : List.of("", "../up", "a b", "x/y")) {
            assertThrows(IllegalArgumentException.class, () -> BenchmarkMain.runName(name), name);
        }
    }

    @Test
    void seedIsAWholeNumber() {
        assertEquals(-42L, BenchmarkMain.seed("-42"));
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BenchmarkMain.seed("x1"));
        assertTrue(error.getMessage().contains("--seed"), error.getMessage());
    }
}
