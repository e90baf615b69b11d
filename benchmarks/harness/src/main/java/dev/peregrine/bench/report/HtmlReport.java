package dev.peregrine.bench.report;

import dev.peregrine.bench.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The self-contained HTML report of a run ({@code report.html} beside {@code results.json}): a
 * heading, a table of contents, then each {@link ReportSection} in turn. Styles and SVG charts are
 * inline, so the file opens anywhere without a network.
 *
 * {@snippet :
 * List<ReportSection> sections = new ArrayList<>(HtmlReport.standardSections(results));
 * sections.add(anotherKindOfMeasurement);            // a new section slots in here
 * String html = new HtmlReport("Run 2026-11-23", sections).render();
 * }
 */
public final class HtmlReport {
    /** The report's file name inside a results folder. */
    public static final String FILE_NAME = "report.html";

    /** The colour key of the framework benchmark's charts: Peregrine, the baseline, the other peers. */
    private static final List<Swatch> PEER_KEY = List.of(new Swatch("peregrine", "Peregrine"),
            new Swatch("baseline", "baseline"), new Swatch("peer", "other peers"));

    private final String title;
    private final List<Swatch> key;
    private final List<ReportSection> sections;

    /**
     * One entry of the colour key written under the table of contents.
     *
     * @param kind the style class its colour comes from, for example {@code peregrine}
     * @param name what that colour stands for
     */
    public record Swatch(String kind, String name) {
    }

    /**
     * Prepares a report of the framework benchmark, keyed by peer.
     *
     * @param title    the heading, naming the run
     * @param sections the sections, in order
     */
    public HtmlReport(String title, List<ReportSection> sections) {
        this(title, PEER_KEY, sections);
    }

    /**
     * Prepares a report with its own colour key.
     *
     * @param title    the heading, naming the run
     * @param key      the colour key, empty for none
     * @param sections the sections, in order
     */
    public HtmlReport(String title, List<Swatch> key, List<ReportSection> sections) {
        this.title = title;
        this.key = List.copyOf(key);
        this.sections = List.copyOf(sections);
    }

    /**
     * Returns the sections of a run: one per closed-loop scenario, in the plan's order, the rate
     * sweep when one ran, then the machine's facts.
     *
     * @param results the run's results
     * @return the sections
     */
    public static List<ReportSection> standardSections(RunResults results) {
        List<ReportSection> sections = new ArrayList<>();
        for (Scenario scenario : results.plan().scenarios()) {
            sections.add(new ScenarioSection(results, scenario));
        }
        if (!results.sweep().isEmpty()) {
            sections.add(new RateSweepSection(results.sweep()));
        }
        sections.add(new MachineSection(results));
        return sections;
    }

    /**
     * Renders a results folder's {@code results.json} into its {@code report.html}.
     *
     * @param folder the results folder
     * @return the report written
     * @throws IOException when the results cannot be read or the report written
     */
    public static Path renderFolder(Path folder) throws IOException {
        RunResults results = RunResults.read(folder.resolve("results.json"));
        return write(folder, results);
    }

    /**
     * Writes the standard report of a run into its results folder.
     *
     * @param folder  the results folder, whose name the title carries
     * @param results the run's results
     * @return the report written
     * @throws IOException when it cannot be written
     */
    public static Path write(Path folder, RunResults results) throws IOException {
        String title = "Peregrine benchmark, " + results.plan().name() + " mode, "
                + folder.toAbsolutePath().normalize().getFileName();
        Path file = folder.resolve(FILE_NAME);
        Files.writeString(file, new HtmlReport(title, standardSections(results)).render());
        return file;
    }

    /**
     * Renders the report.
     *
     * @return an XHTML document that browsers also read as HTML
     */
    public String render() {
        HtmlWriter out = new HtmlWriter();
        out.raw("<!DOCTYPE html>\n");
        out.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "en");
        out.open("head");
        out.empty("meta", "charset", "utf-8");
        out.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        out.element("title", title);
        out.open("style").raw(ReportStyle.CSS).close();
        out.close();
        out.open("body");
        out.element("h1", title);
        out.open("nav").open("ol");
        for (ReportSection section : sections) {
            out.open("li").element("a", section.title(), "href", "#" + section.anchor()).close();
        }
        out.close().close();
        if (!key.isEmpty()) {
            out.open("p", "class", "key");
            for (Swatch swatch : key) {
                out.open("span", "class", "swatch " + swatch.kind()).close().text(swatch.name() + " ");
            }
            out.close();
        }
        for (ReportSection section : sections) {
            out.open("section", "id", section.anchor());
            out.element("h2", section.title());
            section.render(out);
            out.close();
        }
        out.close().close();
        return out.toString();
    }
}
