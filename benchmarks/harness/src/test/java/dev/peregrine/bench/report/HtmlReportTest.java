package dev.peregrine.bench.report;

import dev.peregrine.bench.SamplePlans;
import dev.peregrine.bench.CellSummary;
import dev.peregrine.bench.Endpoint;
import dev.peregrine.bench.LoadShape;
import dev.peregrine.bench.MachineFacts;
import dev.peregrine.bench.RoundResult;
import dev.peregrine.bench.Scenario;
import dev.peregrine.bench.WrkReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {
    private static final List<String> SAMPLE_PEERS = List.of("netty", "peregrine-inline", "peregrine-vt",
            "peregrine-pool", "vertx", "helidon", "javalin", "falcon-gunicorn", "falcon-uwsgi", "nginx");

    @Test
    void sampleReportIsWellFormedXhtmlWithOneSectionPerScenarioAndTheMachine() throws Exception {
        Document page = parse(render(sample()));

        assertEquals("html", page.getDocumentElement().getTagName());
        assertEquals("Peregrine benchmark, fast mode, sample", text(page.getElementsByTagName("h1").item(0)));
        List<String> sections = new ArrayList<>();
        NodeList all = page.getElementsByTagName("section");
        for (int i = 0; i < all.getLength(); i++) {
            sections.add(((Element) all.item(i)).getAttribute("id"));
        }
        assertEquals(List.of("json-keep-alive-c64", "queue-1k-keep-alive-c64", "machine"), sections);
    }

    @Test
    void everyScenarioTableListsEveryPeerInOrder() throws Exception {
        Document page = parse(render(sample()));

        for (String section : List.of("json-keep-alive-c64", "queue-1k-keep-alive-c64")) {
            List<String> peers = new ArrayList<>();
            for (Element row : tableRows(page, section)) {
                peers.add(text(row.getElementsByTagName("th").item(0)));
            }
            assertEquals(SAMPLE_PEERS, peers, section);
        }
    }

    @Test
    void tableRowShowsMediansSpreadRatiosLatencyErrorsAndClientBoundMark() throws Exception {
        Document page = parse(render(sample()));

        assertEquals(List.of("98,989", "1.33", "54,490 – 143,488", "12.6", "0.79", "613 µs", "23.34 ms", "0",
                "client-bound 1/2"), cells(row(page, "json-keep-alive-c64", "peregrine-inline")));
        assertEquals(List.of("93,051", "1.00", "90,812 – 95,291", "10.7", "1.00", "619 µs", "9.06 ms", "0", ""),
                cells(row(page, "queue-1k-keep-alive-c64", "netty")));
    }

    @Test
    void throughputBarLengthsAreProportionalToTheMedians() throws Exception {
        Document page = parse(render(sample()));
        Element throughput = (Element) section(page, "json-keep-alive-c64").getElementsByTagName("svg").item(0);
        NodeList bars = throughput.getElementsByTagName("rect");

        assertEquals(SAMPLE_PEERS.size(), bars.getLength());
        double nettyWidth = width(bars.item(0));
        assertEquals(74_300.86, value(bars.item(0)), 0.001);
        for (int i = 0; i < bars.getLength(); i++) {
            double expected = nettyWidth * value(bars.item(i)) / 74_300.86;
            assertEquals(expected, width(bars.item(i)), 0.11, "bar " + i);
        }
        assertEquals(98_989.23, value(bars.item(1)), 0.001);
    }

    @Test
    void peerNamesAndNotesAreEscaped() throws Exception {
        String hostile = "<b>\"evil\" & 'co'</b>";
        Scenario scenario = new Scenario(Endpoint.JSON, LoadShape.keepAlive(64));
        RunResults results = new RunResults(SamplePlans.jsonAndQueue(), "netty",
                new MachineFacts("CPU <x>", 2, "6.1", "25", "-Da=<b>&c", "wrk", Map.of(hostile, "1 & 2")),
                Map.of(hostile, "did not start: <timeout>"),
                List.of(new CellSummary(hostile, "json", "keep-alive c64", 1, 10, 1, 1, 1, 0, 0)),
                List.of(round(hostile, scenario, 10)));

        String html = render(results);
        Document page = parse(html);

        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;b&gt;\"evil\" &amp; 'co'&lt;/b&gt;"), html);
        assertEquals(hostile, text(row(page, "json-keep-alive-c64", hostile).getElementsByTagName("th").item(0)));
        assertTrue(page.getElementsByTagName("code").item(0).getTextContent().equals("-Da=<b>&c"));
    }

    @Test
    void aRunWithoutItsBaselineShowsDashesForRatios() throws Exception {
        Scenario scenario = new Scenario(Endpoint.JSON, LoadShape.keepAlive(64));
        RunResults results = new RunResults(SamplePlans.jsonAndQueue(), "netty",
                new MachineFacts("CPU", 2, "6.1", "25", "", "wrk", Map.of()), Map.of(),
                List.of(new CellSummary("vertx", "json", "keep-alive c64", 1, 10, 1, 1, 1, 3, 0)),
                List.of(round("vertx", scenario, 10)));

        List<String> cells = cells(row(parse(render(results)), "json-keep-alive-c64", "vertx"));

        assertEquals("–", cells.get(1));
        assertEquals("–", cells.get(4));
        assertEquals("3", cells.get(7));
    }

    @Test
    void renderFolderWritesReportHtmlFromResultsJson(@TempDir Path folder) throws Exception {
        Files.copy(samplePath(), folder.resolve("results.json"));

        Path written = HtmlReport.renderFolder(folder);

        assertEquals(folder.resolve("report.html"), written);
        Document page = parse(Files.readString(written));
        assertTrue(text(page.getElementsByTagName("h1").item(0)).startsWith("Peregrine benchmark, fast mode, "));
    }

    @Test
    void resultsSurviveAWriteAndARead(@TempDir Path folder) throws Exception {
        RunResults sample = sample();
        sample.write(folder.resolve("results.json"));

        assertEquals(sample, RunResults.read(folder.resolve("results.json")));
    }

    static RunResults sample() throws Exception {
        return RunResults.read(samplePath());
    }

    private static Path samplePath() throws URISyntaxException {
        return Path.of(HtmlReportTest.class.getResource("/results/fast-run.json").toURI());
    }

    private static String render(RunResults results) {
        return new HtmlReport("Peregrine benchmark, fast mode, sample", HtmlReport.standardSections(results)).render();
    }

    private static RoundResult round(String peer, Scenario scenario, double rate) {
        WrkReport wrk = new WrkReport(100, 1, rate, 1, 1, 1, 1, 0, 0, 0, 0, 0);
        return new RoundResult(peer, scenario.endpoint().label(), scenario.shape().label(), 1, wrk, 1, 1, 0.5,
                false, null);
    }

    static Document parse(String xhtml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element section(Document page, String id) {
        NodeList sections = page.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            if (((Element) sections.item(i)).getAttribute("id").equals(id)) {
                return (Element) sections.item(i);
            }
        }
        throw new AssertionError("No section " + id);
    }

    private static List<Element> tableRows(Document page, String sectionId) {
        Element body = (Element) section(page, sectionId).getElementsByTagName("tbody").item(0);
        NodeList rows = body.getElementsByTagName("tr");
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < rows.getLength(); i++) {
            list.add((Element) rows.item(i));
        }
        return list;
    }

    private static Element row(Document page, String sectionId, String peer) {
        for (Element row : tableRows(page, sectionId)) {
            if (text(row.getElementsByTagName("th").item(0)).equals(peer)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + peer + " in " + sectionId);
    }

    private static List<String> cells(Element row) {
        NodeList cells = row.getElementsByTagName("td");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < cells.getLength(); i++) {
            texts.add(text(cells.item(i)));
        }
        return texts;
    }

    private static String text(org.w3c.dom.Node node) {
        return node.getTextContent();
    }

    private static double width(org.w3c.dom.Node rect) {
        return Double.parseDouble(((Element) rect).getAttribute("width"));
    }

    private static double value(org.w3c.dom.Node rect) {
        return Double.parseDouble(((Element) rect).getAttribute("data-value"));
    }
}
