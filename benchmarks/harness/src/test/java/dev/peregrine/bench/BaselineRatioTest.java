package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BaselineRatioTest {
    private static final CellSummary BASE = cell("netty", 100_000, 10.0, 0);
    private static final CellSummary BASE_CLIENT_BOUND = cell("netty", 100_000, 10.0, 1);

    @Test
    void ratiosBetweenServerBoundCellsAreUnmarked() {
        assertEquals("1.05", BaselineRatio.throughput(cell("vertx", 105_000, 8.0, 0), BASE));
        assertEquals("0.80", BaselineRatio.cpu(cell("vertx", 105_000, 8.0, 0), BASE));
    }

    @Test
    void clientBoundPeerMakesItsThroughputRatioALowerBound() {
        assertEquals("≥ 1.05", BaselineRatio.throughput(cell("vertx", 105_000, 8.0, 2), BASE));
    }

    @Test
    void clientBoundBaselineMakesTheThroughputRatioAnUpperBound() {
        assertEquals("≤ 1.05", BaselineRatio.throughput(cell("vertx", 105_000, 8.0, 0), BASE_CLIENT_BOUND));
    }

    @Test
    void bothClientBoundBoundsNothing() {
        assertEquals("1.05*", BaselineRatio.throughput(cell("vertx", 105_000, 8.0, 1), BASE_CLIENT_BOUND));
    }

    @Test
    void cpuRatioIsMarkedNotBoundedWhenEitherSideWasClientBound() {
        assertEquals("0.80 †", BaselineRatio.cpu(cell("vertx", 105_000, 8.0, 0), BASE_CLIENT_BOUND));
        assertEquals("0.80 †", BaselineRatio.cpu(cell("vertx", 105_000, 8.0, 1), BASE));
    }

    @Test
    void theBaselinesOwnRowIsUnmarked() {
        assertEquals("1.00", BaselineRatio.throughput(BASE_CLIENT_BOUND, BASE_CLIENT_BOUND));
        assertEquals("1.00", BaselineRatio.cpu(BASE_CLIENT_BOUND, BASE_CLIENT_BOUND));
    }

    @Test
    void noBaselineGivesADash() {
        assertEquals("–", BaselineRatio.throughput(cell("vertx", 105_000, 8.0, 1), null));
        assertEquals("–", BaselineRatio.cpu(cell("vertx", 105_000, 8.0, 1), null));
    }

    private static CellSummary cell(String peer, double rate, double cpu, int clientBound) {
        return new CellSummary(peer, "json", "keep-alive c64", 3, new RoundSpread(rate, rate, rate),
                new RoundSpread(cpu, cpu, cpu), 600.0, 900.0, 0, clientBound, 0);
    }
}
