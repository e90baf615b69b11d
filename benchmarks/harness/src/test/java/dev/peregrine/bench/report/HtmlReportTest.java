package dev.peregrine.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.bench.BaselineRatio;
import dev.peregrine.bench.SamplePlans;
import dev.peregrine.bench.CellSummary;
import dev.peregrine.bench.Endpoint;
import dev.peregrine.bench.LoadShape;
import dev.peregrine.bench.MachineFacts;
import dev.peregrine.bench.RoundLimit;
import dev.peregrine.bench.RoundResult;
import dev.peregrine.bench.RoundSpread;
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
    void tableRowShowsMediansWithTheirSpreadBoundedRatiosLatencyErrorsAndRoundsLimited() throws Exception {
        Document page = parse(render(sample()));

        assertEquals(List.of("98,989 (54,490–143,488) ⚠", "≥ 1.33", "12.6 (6.9–18.3) ⚠", "0.79 †", "613 µs",
                "23.34 ms", "0", "client-bound 1/2"), cells(row(page, "json-keep-alive-c64", "peregrine-inline")));
        assertEquals(List.of("93,051 (90,812–95,291)", "1.00", "10.7 (10.4–10.9)", "1.00", "619 µs", "9.06 ms", "0", ""),
                cells(row(page, "queue-1k-keep-alive-c64", "netty")));
    }

    @Test
    void marksAreExplainedUnderTheTableThatShowsThem() throws Exception {
        Element json = section(parse(render(sample())), "json-keep-alive-c64");

        assertTrue(notes(json).contains("⚠ The rounds' spread (max − min) is over 10% of the median: the rounds disagree."),
                notes(json).toString());
        assertTrue(notes(json).contains(BaselineRatio.THROUGHPUT_NOTE.replace("`", "")), notes(json).toString());
    }

    @Test
    void pipelinedLatencyIsNotMeasuredInTheTableAndHasNoChart() throws Exception {
        Element pipelined = section(parse(render(fullRunExcerpt())), "plaintext-pipelined16-c64");

        List<String> netty = cells(row(pipelined.getOwnerDocument(), "plaintext-pipelined16-c64", "netty"));
        assertEquals(List.of("not measured", "not measured"), netty.subList(4, 6));
        assertEquals(2, pipelined.getElementsByTagName("svg").getLength(), "throughput and CPU charts only");
        assertTrue(notes(pipelined).contains("Latency not measured: wrk times a pipelined batch, not each request."));
    }

    @Test
    void aServerWithBothCoresIdleIsStalledNotClientBound() throws Exception {
        // falcon-gunicorn answered 16 req/s to pipelined requests with its core at 1% and wrk's at 1%;
        // the recorded file still says clientBound: true, from the older rule.
        Document page = parse(render(fullRunExcerpt()));

        assertEquals("stalled 3/3", cells(row(page, "plaintext-pipelined16-c64", "falcon-gunicorn")).get(7));
    }

    @Test
    void machineSectionDefinesClientBoundByTheGeneratorAloneAndStalledApart() throws Exception {
        String machine = text(section(parse(render(sample())), "machine"));

        assertTrue(machine.contains("a round where wrk's core was at least 95% busy: the load generator was the limit"),
                machine);
        assertFalse(machine.contains("or the server's below 90%"), machine);
        assertTrue(machine.contains("Stalleda round where neither core was busy"), machine);
    }

    @Test
    void ratiosToAClientBoundBaselineAreUpperBoundsForThroughputAndMarkedForCpu() throws Exception {
        // netty, the baseline, had wrk's core at 99% or more in every /json round.
        List<String> gunicorn = cells(row(parse(render(fullRunExcerpt())), "json-keep-alive-c64", "falcon-gunicorn"));

        assertEquals("≤ 0.07", gunicorn.get(1));
        assertEquals("14.29 †", gunicorn.get(3));
    }

    @Test
    void pipelinedLatencyIsWrittenAsNullNotAsZero(@TempDir Path folder) throws Exception {
        fullRunExcerpt().write(folder.resolve("results.json"));
        JsonNode written = new ObjectMapper().readTree(folder.resolve("results.json").toFile());

        for (JsonNode round : written.get("rounds")) {
            if (round.get("shape").asText().startsWith("pipelined")) {
                assertTrue(round.get("wrk").get("p99Micros").isNull(), round.toString());
            }
        }
        for (JsonNode summary : written.get("summaries")) {
            if (summary.get("shape").asText().startsWith("pipelined")) {
                assertTrue(summary.get("p50Micros").isNull(), summary.toString());
            } else {
                assertTrue(summary.get("p50Micros").isNumber(), summary.toString());
            }
        }
    }

    @Test
    void writtenRoundsKeepTheirCoreFiguresAndLimit(@TempDir Path folder) throws Exception {
        fullRunExcerpt().write(folder.resolve("results.json"));
        JsonNode written = new ObjectMapper().readTree(folder.resolve("results.json").toFile());

        JsonNode gunicorn = null;
        for (JsonNode round : written.get("rounds")) {
            gunicorn = round.get("peer").asText().equals("falcon-gunicorn") && round.get("endpoint").asText()
                    .equals("plaintext") ? round : gunicorn;
        }
        assertEquals("STALLED", gunicorn.get("limit").asText());
        assertTrue(gunicorn.get("serverCoreBusy").asDouble() < 0.05, gunicorn.toString());
        assertTrue(gunicorn.get("generatorCoreBusy").asDouble() < 0.05, gunicorn.toString());
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
                List.of(cell(hostile, 0)),
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
                List.of(cell("vertx", 3)),
                List.of(round("vertx", scenario, 10)));

        List<String> cells = cells(row(parse(render(results)), "json-keep-alive-c64", "vertx"));

        assertEquals("–", cells.get(1));
        assertEquals("–", cells.get(3));
        assertEquals("3", cells.get(6));
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

    /** Two scenarios of a full run: /json keep-alive and /plaintext pipelined 16 deep, four peers. */
    private static RunResults fullRunExcerpt() throws Exception {
        return RunResults.read(Path.of(HtmlReportTest.class.getResource("/results/full-run-excerpt.json").toURI()));
    }

    private static List<String> notes(Element section) {
        List<String> notes = new ArrayList<>();
        NodeList paragraphs = section.getElementsByTagName("p");
        for (int i = 0; i < paragraphs.getLength(); i++) {
            if (((Element) paragraphs.item(i)).getAttribute("class").equals("note")) {
                notes.add(text(paragraphs.item(i)));
            }
        }
        return notes;
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
        WrkReport wrk = new WrkReport(100, 1, rate, 1.0, 1.0, 1.0, 1.0, 0, 0, 0, 0, 0);
        return new RoundResult(peer, scenario.endpoint().label(), scenario.shape().label(), 1, wrk, 1, 1, 0.5,
                RoundLimit.SERVER, null);
    }

    private static CellSummary cell(String peer, long errors) {
        return new CellSummary(peer, "json", "keep-alive c64", 1, new RoundSpread(10, 10, 10), new RoundSpread(1, 1, 1),
                1.0, 1.0, errors, 0, 0);
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
