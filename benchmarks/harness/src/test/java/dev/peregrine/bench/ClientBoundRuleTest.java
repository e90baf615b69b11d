package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClientBoundRuleTest {
    @Test
    void busyServerWithSpareGeneratorIsServerBound() {
        assertFalse(ClientBoundRule.isClientBound(0.80, 0.99));
    }

    @Test
    void generatorAtNinetyFivePercentIsClientBound() {
        assertTrue(ClientBoundRule.isClientBound(0.95, 1.0));
    }

    @Test
    void generatorJustBelowNinetyFivePercentIsNot() {
        assertFalse(ClientBoundRule.isClientBound(0.949, 0.95));
    }

    @Test
    void serverBelowNinetyPercentIsClientBound() {
        assertTrue(ClientBoundRule.isClientBound(0.50, 0.899));
    }

    @Test
    void serverAtNinetyPercentIsNot() {
        assertFalse(ClientBoundRule.isClientBound(0.50, 0.90));
    }
}
