package dev.peregrine.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SweepMarkdownTest {
    static SweepStep step(String peer, long rate, double achieved, long p99, long errors, long unsent, double cpu) {
        OpenLoopReport report = new OpenLoopReport(rate, achieved, 2, 64, rate * 2, (long) achieved * 2, 850, 1_000,
                p99, 25_300, errors, 0, 0, unsent);
        return new SweepStep(peer, "queue-1k", rate, report, cpu, 0.5, 0.4, null);
    }

    @Test
    void rowShowsAttemptedAchievedLatenciesErrorsUnsentAndCpu() {
        assertEquals("| 40,000 | 39,876 | 850 µs | 1.25 ms | 25.30 ms | 3 | 17 | 12.3 |",
                SweepMarkdown.row(step("netty", 40_000, 39_876.4, 1_250, 3, 17, 12.34)));
    }

    @Test
    void failedStepRowSaysWhy() {
        assertEquals("| 80,000 | failed: exited with status 1 / a | | | | | | |",
                SweepMarkdown.row(SweepStep.failed("vertx", Endpoint.QUEUE_1K, 80_000, "exited with status 1 | a")));
    }

    @Test
    void oneTablePerPeerWithItsStepsInRunOrder() {
        String markdown = SweepMarkdown.render(List.of(step("netty", 10_000, 10_000, 900, 0, 0, 10),
                step("vertx", 10_000, 10_000, 950, 0, 0, 20), step("netty", 40_000, 39_000, 1_100, 0, 0, 9)));

        int netty = markdown.indexOf("### netty (queue-1k)");
        int vertx = markdown.indexOf("### vertx (queue-1k)");
        assertTrue(netty > 0 && vertx > netty, markdown);
        String nettyTable = markdown.substring(netty, vertx);
        assertTrue(nettyTable.contains("| 10,000 | 10,000 | 850 µs | 900 µs | 25.30 ms | 0 | 0 | 10.0 |\n"
                + "| 40,000 | 39,000 | 850 µs | 1.10 ms | 25.30 ms | 0 | 0 | 9.0 |\n"), nettyTable);
    }

    @Test
    void noSweepAddsNothing() {
        assertEquals("", SweepMarkdown.render(List.of()));
    }
}
