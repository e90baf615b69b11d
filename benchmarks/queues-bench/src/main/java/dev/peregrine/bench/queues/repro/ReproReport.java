package dev.peregrine.bench.queues.repro;

import dev.peregrine.bench.report.HtmlReport;
import dev.peregrine.bench.report.ReportSection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the reproduction's combined report into its results folder, from the folder's {@code runs/}:
 * {@code summary.md}, {@code results.json} and a self-contained {@code report.html} built from the
 * harness's report pieces. {@code report.png} is taken afterwards by {@code benchmarks/screenshot}.
 */
public final class ReproReport {
    private ReproReport() {
    }

    /**
     * Reads {@code folder/runs} and writes the three files into {@code folder}.
     *
     * @param folder the results folder, holding {@code runs/setup.json} and the runs
     * @return the comparison written
     * @throws IOException when a run cannot be read or a file written
     */
    public static Comparison write(Path folder) throws IOException {
        Comparison comparison = Comparison.read(folder.resolve("runs"));
        Files.writeString(folder.resolve("summary.md"), ReproMarkdown.render(comparison), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("results.json"), ReproJson.render(comparison), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve(HtmlReport.FILE_NAME), html(comparison), StandardCharsets.UTF_8);
        return comparison;
    }

    /** The HTML report: Table 1 with the ratios, Table 2, the setup. */
    static String html(Comparison comparison) {
        List<ReportSection> sections = List.of(new Table1Section(comparison), new Table2Section(comparison),
                new SetupSection(comparison.setup()));
        List<HtmlReport.Swatch> key = List.of(new HtmlReport.Swatch("peregrine", "Peregrine Queues"),
                new HtmlReport.Swatch("baseline", "Zaqar 15, measured here"),
                new HtmlReport.Swatch(Table1Section.POST_KIND, "the post's figures"));
        return new HtmlReport("Reproducing \"Redis Lua Scripting for Performance\", " + comparison.setup().date(), key,
                sections).render();
    }
}
