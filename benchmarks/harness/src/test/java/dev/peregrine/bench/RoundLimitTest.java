package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RoundLimitTest {
    @Test
    void busyServerWithSpareGeneratorIsServerBound() {
        assertEquals(RoundLimit.SERVER, RoundLimit.of(0.80, 0.99));
    }

    @Test
    void generatorAtNinetyFivePercentIsClientBound() {
        assertEquals(RoundLimit.CLIENT, RoundLimit.of(0.95, 1.0));
    }

    @Test
    void saturatedGeneratorIsClientBoundEvenWhenTheServerIdled() {
        assertEquals(RoundLimit.CLIENT, RoundLimit.of(0.97, 0.40));
    }

    @Test
    void generatorJustBelowNinetyFivePercentWithABusyServerIsServerBound() {
        assertEquals(RoundLimit.SERVER, RoundLimit.of(0.949, 0.95));
    }

    @Test
    void neitherCoreBusyIsStalledNotClientBound() {
        // A stalled server: gunicorn answering 16 req/s to pipelined requests, both cores idle.
        assertEquals(RoundLimit.STALLED, RoundLimit.of(0.03, 0.02));
    }

    @Test
    void serverJustBelowNinetyPercentWithSpareGeneratorIsStalled() {
        assertEquals(RoundLimit.STALLED, RoundLimit.of(0.50, 0.899));
    }

    @Test
    void serverAtNinetyPercentIsServerBound() {
        assertEquals(RoundLimit.SERVER, RoundLimit.of(0.50, 0.90));
    }
}
