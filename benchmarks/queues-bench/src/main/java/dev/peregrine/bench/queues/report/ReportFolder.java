package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.BenchResult;
import dev.peregrine.bench.report.HtmlReport;
import dev.peregrine.bench.report.ReportSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes {@code --report DIR}: {@code summary.md}, {@code results.json} and a self-contained
 * {@code report.html} built from the framework benchmark harness's report pieces
 * ({@link HtmlReport}, its bar and line charts). The screenshot, {@code report.png}, is taken by
 * {@code benchmarks/screenshot}, which {@code benchmarks/queues-bench/run} calls when Chromium exists.
 */
public final class ReportFolder {
    private ReportFolder() {
    }

    /**
     * Writes the three files, creating the folder when needed.
     *
     * @param folder the folder
     * @param result what was measured
     * @return the HTML report's path
     * @throws IOException when a file cannot be written
     */
    public static Path write(Path folder, BenchResult result) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("summary.md"), SummaryMarkdown.render(result), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("results.json"), JsonReport.render(result), StandardCharsets.UTF_8);
        Path html = folder.resolve(HtmlReport.FILE_NAME);
        Files.writeString(html, html(result), StandardCharsets.UTF_8);
        return html;
    }

    /** The HTML report: throughput (with its timeline), latency and the parameters. */
    static String html(BenchResult result) {
        List<ReportSection> sections = List.of(new ThroughputSection(result), new LatencySection(result),
                new ParametersSection(result.options()));
        return new HtmlReport("Queues bench, " + result.startedAt(), RoleColours.key(), sections).render();
    }
}
