package dev.peregrine.bench.queues.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The HTML report's charts, checked by the data they carry rather than by their pixels. */
class HtmlReportTest {
    private final Document page = parse(ReportFolder.html(SampleResult.sample()));

    @TempDir
    Path folder;

    @Test
    void sectionsAreThroughputLatencyAndParameters() {
        List<String> ids = new ArrayList<>();
        for (Element section : elements(page.getDocumentElement(), "section")) {
            ids.add(section.getAttribute("id"));
        }
        assertEquals(List.of("throughput", "latency", "parameters"), ids);
        assertEquals("Queues bench, 2026-12-06T06:00:00Z", elements(page.getDocumentElement(), "h1").getFirst().getTextContent());
    }

    @Test
    void keyNamesTheRolesNotPeers() {
        Element key = elements(page.getDocumentElement(), "p").getFirst();
        assertEquals("key", key.getAttribute("class"));
        assertEquals("producers consumers observers", key.getTextContent().strip());
    }

    @Test
    void throughputBarsCarryEachRolesRequestAndMessageRates() {
        List<Element> charts = elements(section("throughput"), "svg");

        assertEquals(List.of(500.0, 250.0, 1000.0), barValues(charts.get(0)));
        assertEquals(List.of(500.0, 200.0, 2500.0), barValues(charts.get(1)));
        assertEquals("bar peregrine", elements(charts.get(0), "rect").get(0).getAttribute("class"));
    }

    @Test
    void timelineHasAPointPerRolePerSecondAndRingsSecondsWithErrors() {
        Element timeline = elements(section("throughput"), "svg").get(2);
        List<String> points = new ArrayList<>();
        for (Element circle : elements(timeline, "circle")) {
            points.add(circle.getAttribute("data-series") + "@" + circle.getAttribute("data-x") + "="
                    + circle.getAttribute("data-value") + (circle.getAttribute("class").contains("marked") ? "!" : ""));
        }
        assertEquals(List.of("producer@1=450.000", "producer@2=550.000!", "consumer@1=240.000", "consumer@2=260.000!",
                "observer@1=980.000", "observer@2=1020.000!"), points);
    }

    @Test
    void latencyBarsCarryP50AndP99ThenP999AndMaxPerRoleAndConsumerOperation() {
        List<Element> charts = elements(section("latency"), "svg");

        assertEquals(List.of(4.0, 12.0, 3.0, 12.0, 5.5, 14.0, 2.5, 8.0, 1.25, 4.0), barValues(charts.get(0)));
        assertEquals(List.of(20.0, 25.0, 15.0, 16.5, 16.0, 16.5, 10.0, 11.0, 6.0, 8.0), barValues(charts.get(1)));
    }

    @Test
    void throughputTableShowsErrorsByKindAndMarksThem() {
        Element row = elements(section("throughput"), "tr").get(1);
        List<Element> cells = elements(row, "td");

        assertEquals("503 × 12, 1 connection error, 2 timeouts", cells.get(5).getTextContent());
        assertEquals("bad", cells.get(5).getAttribute("class"));
    }

    @Test
    void reportFolderHoldsSummaryResultsAndReport() throws Exception {
        Path html = ReportFolder.write(folder.resolve("run"), SampleResult.sample());

        assertEquals(folder.resolve("run/report.html"), html);
        assertTrue(Files.readString(folder.resolve("run/summary.md")).startsWith("# Queues bench, 2026-12-06T06:00:00Z"));
        assertTrue(Files.readString(folder.resolve("run/results.json")).contains("\"ms_per_claim\" : 6.0"));
        assertEquals(ReportFolder.html(SampleResult.sample()), Files.readString(html));
    }

    private Element section(String id) {
        for (Element section : elements(page.getDocumentElement(), "section")) {
            if (section.getAttribute("id").equals(id)) {
                return section;
            }
        }
        throw new AssertionError("no section " + id);
    }

    private static List<Double> barValues(Element svg) {
        List<Double> values = new ArrayList<>();
        for (Element rect : elements(svg, "rect")) {
            values.add(Double.parseDouble(rect.getAttribute("data-value")));
        }
        return values;
    }

    private static List<Element> elements(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Document parse(String xhtml) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the report is not well-formed XHTML", e);
        }
    }
}
