package dev.peregrine.bench.loadgen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StepResultTest {
    @Test
    void jsonLineListsEveryFieldInOrderWithRatesToOneDecimal() {
        StepResult result = new StepResult(20_000, 19_876.54, 5, 64, 99_990, 99_980, 150, 420, 1_900, 12_345,
                3, 2, 1, 10);
        assertEquals("{\"attemptedRate\":20000,\"achievedRate\":19876.5,\"seconds\":5.0,\"connections\":64,"
                + "\"sent\":99990,\"completed\":99980,\"p50Micros\":150,\"p90Micros\":420,\"p99Micros\":1900,"
                + "\"maxMicros\":12345,\"non2xx\":3,\"timeouts\":2,\"connectionErrors\":1,\"unsent\":10}",
                result.toJsonLine());
    }

    @Test
    void jsonLineRoundsTheAchievedRateToTheNearestTenth() {
        StepResult result = new StepResult(10, 9.96, 0.5, 1, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0);
        String line = result.toJsonLine();
        assertEquals("{\"attemptedRate\":10,\"achievedRate\":10.0,\"seconds\":0.5,", line.substring(0, line.indexOf("\"connections\"")));
    }
}
