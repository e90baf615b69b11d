package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WrkReportTest {
    static String recorded(String name) throws IOException {
        try (InputStream in = WrkReportTest.class.getResourceAsStream("/wrk/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepAliveRunGivesTotalsRateAndPercentilesInMicroseconds() throws IOException {
        WrkReport report = WrkReport.parse(recorded("keep-alive.txt"));
        assertEquals(462, report.requests());
        assertEquals(1.0, report.durationSeconds(), 1e-9);
        assertEquals(460.97, report.requestsPerSecond(), 1e-9);
        assertEquals(8_550, report.p50Micros(), 1e-6);
        assertEquals(10_670, report.p75Micros(), 1e-6);
        assertEquals(12_070, report.p90Micros(), 1e-6);
        assertEquals(14_230, report.p99Micros(), 1e-6);
        assertEquals(0, report.errors());
    }

    @Test
    void non2xxAnswersCountAsErrors() throws IOException {
        WrkReport report = WrkReport.parse(recorded("not-found.txt"));
        assertEquals(2607, report.non2xxOr3xx());
        assertEquals(2607, report.errors());
        assertEquals(1.1, report.durationSeconds(), 1e-9);
    }

    @Test
    void socketErrorsAreReadByKind() throws IOException {
        WrkReport report = WrkReport.parse(recorded("read-errors.txt"));
        assertEquals(0, report.requests());
        assertEquals(0, report.connectErrors());
        assertEquals(8, report.readErrors());
        assertEquals(0, report.writeErrors());
        assertEquals(0, report.timeouts());
        assertEquals(8, report.errors());
    }

    @Test
    void pipelinedRunIsReadLikeAnyOther() throws IOException {
        WrkReport report = WrkReport.parse(recorded("pipelined.txt"));
        assertTrue(report.requests() > 0);
        assertEquals(report.requests() / report.durationSeconds(), report.requestsPerSecond(),
                report.requestsPerSecond() * 0.01);
    }

    @Test
    void outputWithoutLatencyDistributionIsRefusedNamingTheFlag() throws IOException {
        String withoutLatency = recorded("keep-alive.txt").replaceAll("(?s)  Latency Distribution.*?99%[^\n]*\n", "");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> WrkReport.parse(withoutLatency));
        assertTrue(error.getMessage().contains("--latency"), error.getMessage());
    }

    @Test
    void timesInEveryUnitBecomeMicroseconds() {
        assertEquals(848.72, WrkReport.micros("848.72us"), 1e-9);
        assertEquals(1_560, WrkReport.micros("1.56ms"), 1e-9);
        assertEquals(2_000_000, WrkReport.micros("2.00s"), 1e-9);
        assertEquals(60_000_000, WrkReport.micros("1.00m"), 1e-9);
    }
}
