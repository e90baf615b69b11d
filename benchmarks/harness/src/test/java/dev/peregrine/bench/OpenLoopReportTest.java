package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenLoopReportTest {
    static final String LINE = "{\"attemptedRate\":20000,\"achievedRate\":19986.4,\"seconds\":3.0,\"connections\":64,"
            + "\"sent\":60000,\"completed\":59990,\"p50Micros\":1225,\"p90Micros\":4767,\"p99Micros\":10727,"
            + "\"maxMicros\":20511,\"non2xx\":3,\"timeouts\":2,\"connectionErrors\":1,\"unsent\":10}";

    @Test
    void generatorLineGivesEveryField() {
        assertEquals(new OpenLoopReport(20_000, 19_986.4, 3.0, 64, 60_000, 59_990, 1_225, 4_767, 10_727, 20_511, 3,
                2, 1, 10), OpenLoopReport.parse(LINE));
    }

    @Test
    void errorsAddNon2xxTimeoutsAndConnectionErrors() {
        assertEquals(6, OpenLoopReport.parse(LINE).errors());
    }

    @Test
    void lineMissingAFieldIsRejectedNamingTheLine() {
        String partial = LINE.replace(",\"unsent\":10", "");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> OpenLoopReport.parse(partial));
        assertTrue(error.getMessage().startsWith("The generator printed '" + partial + "'"), error.getMessage());
    }

    @Test
    void progressTextIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> OpenLoopReport.parse("loadgen: 20000 req/s for 3000 ms"));
    }
}
