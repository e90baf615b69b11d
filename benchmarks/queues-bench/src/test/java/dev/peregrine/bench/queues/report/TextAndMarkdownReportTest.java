package dev.peregrine.bench.queues.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAndMarkdownReportTest {

    @Test
    void textKeepsZaqarBenchsKeysPerRole() {
        List<String> lines = TextReport.render(SampleResult.sample()).lines().toList();

        assertEquals(List.of("Producer", "  actors: 4", "  duration_sec: 2.000", "  total_reqs: 1012",
                "  successful_reqs: 1000", "  messages_posted: 1000", "  reqs_per_sec: 500.0",
                "  messages_per_sec: 500.0", "  ms_per_req: 4.50",
                "  latency_ms: p50 4.00, p90 7.00, p99 12.00, p99.9 20.00, max 25.00 (mean 4.50, stdev 1.25)",
                "  errors: 503 × 12, 1 connection error, 2 timeouts"), section(lines, "Producer"));
    }

    @Test
    void textGivesConsumersClaimsAndDeletesTimedApart() {
        List<String> consumer = section(TextReport.render(SampleResult.sample()).lines().toList(), "Consumer");

        assertTrue(consumer.contains("  claim_total_requests: 100"), consumer.toString());
        assertTrue(consumer.contains("  messages_processed: 400"), consumer.toString());
        assertTrue(consumer.contains("  ms_per_claim: 6.00"), consumer.toString());
        assertTrue(consumer.contains("  ms_per_delete: 3.00"), consumer.toString());
        assertTrue(consumer.contains("  messages_per_sec: 200.0"), consumer.toString());
        assertTrue(consumer.contains("  errors: none"), consumer.toString());
    }

    @Test
    void markdownHasAThroughputRowPerRoleWithItsErrors() {
        String markdown = SummaryMarkdown.render(SampleResult.sample());

        assertTrue(markdown.contains("| producer | 4 | 1000 | 500.0 | 1000 | 500.0 | 503 × 12, 1 connection error, 2 timeouts |\n"), markdown);
        assertTrue(markdown.contains("| consumer | 2 | 500 | 250.0 | 400 | 200.0 | none |\n"), markdown);
        assertTrue(markdown.contains("| observer | 2 | 2000 | 1000.0 | 5000 | 2500.0 | none |\n"), markdown);
    }

    @Test
    void markdownHasALatencyRowPerRoleAndPerConsumerOperation() {
        String markdown = SummaryMarkdown.render(SampleResult.sample());

        assertTrue(markdown.contains("| producer | 1000 | 4.50 | 1.25 | 4.00 | 7.00 | 12.00 | 20.00 | 25.00 |\n"), markdown);
        assertTrue(markdown.contains("| consumer claim | 100 | 6.00 | 2.00 | 5.50 | 9.00 | 14.00 | 16.00 | 16.50 |\n"), markdown);
        assertTrue(markdown.contains("| consumer delete | 400 | 3.00 | 1.00 | 2.50 | 4.50 | 8.00 | 10.00 | 11.00 |\n"), markdown);
        assertTrue(markdown.contains("Against http://127.0.0.1:8888, 2 queues (`ogre-test-queue-0` ..), 2 s counted after 0 s"
                + " of warm-up; 4 producers, 2 consumers (claim limit 4), 2 observers (page limit 5, claimed included)."), markdown);
    }

    private static List<String> section(List<String> lines, String heading) {
        int start = lines.indexOf(heading);
        int end = start + 1;
        while (end < lines.size() && lines.get(end).startsWith("  ")) {
            end++;
        }
        return lines.subList(start, end);
    }
}
