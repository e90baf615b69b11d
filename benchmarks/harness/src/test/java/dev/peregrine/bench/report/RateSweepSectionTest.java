package dev.peregrine.bench.report;

import dev.peregrine.bench.SamplePlans;
import dev.peregrine.bench.MachineFacts;
import dev.peregrine.bench.OpenLoopReport;
import dev.peregrine.bench.SweepStep;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RateSweepSectionTest {
    private static SweepStep step(String peer, long rate, double achieved, long p99, long errors, long unsent) {
        OpenLoopReport report = new OpenLoopReport(rate, achieved, 2, 64, rate * 2, (long) achieved * 2, 800, 1_000,
                p99, 40_000, errors, 0, 0, unsent);
        return new SweepStep(peer, "queue-1k", rate, report, 11.5, 0.6, 0.3, null);
    }

    private static final List<SweepStep> STEPS = List.of(
            step("netty", 10_000, 9_998, 900, 0, 0),
            step("vertx", 10_000, 9_997, 1_500, 0, 0),
            step("netty", 80_000, 79_500, 12_000, 0, 0),
            step("vertx", 80_000, 51_000, 950_000, 4, 30_000));

    private static Document page(List<SweepStep> steps) throws Exception {
        RunResults results = new RunResults(SamplePlans.jsonAndQueue(), "netty",
                new MachineFacts("CPU", 2, "6.1", "25", "", "wrk", Map.of()), Map.of(), List.of(), List.of(), steps);
        return HtmlReportTest.parse(new HtmlReport("sweep", HtmlReport.standardSections(results)).render());
    }

    private static Element section(Document page) {
        NodeList sections = page.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            if (((Element) sections.item(i)).getAttribute("id").equals("rate-sweep")) {
                return (Element) sections.item(i);
            }
        }
        throw new AssertionError("No rate-sweep section");
    }

    private static List<Element> points(Element svg, String peer) {
        List<Element> points = new ArrayList<>();
        NodeList circles = svg.getElementsByTagName("circle");
        for (int i = 0; i < circles.getLength(); i++) {
            Element circle = (Element) circles.item(i);
            if (circle.getAttribute("data-series").equals(peer)) {
                points.add(circle);
            }
        }
        return points;
    }

    private static Element chart(Document page, int index) {
        return (Element) section(page).getElementsByTagName("svg").item(index);
    }

    @Test
    void sweepSectionComesAfterTheScenariosAndBeforeTheMachine() throws Exception {
        NodeList sections = page(STEPS).getElementsByTagName("section");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < sections.getLength(); i++) {
            ids.add(((Element) sections.item(i)).getAttribute("id"));
        }
        assertEquals(List.of("json-keep-alive-c64", "queue-1k-keep-alive-c64", "rate-sweep", "machine"), ids);
    }

    @Test
    void runWithoutSweepHasNoSweepSection() throws Exception {
        Document page = page(List.of());
        NodeList sections = page.getElementsByTagName("section");
        for (int i = 0; i < sections.getLength(); i++) {
            assertFalse(((Element) sections.item(i)).getAttribute("id").equals("rate-sweep"));
        }
    }

    @Test
    void achievedChartPlotsEachPeersAchievedRateAtEachAttemptedRate() throws Exception {
        List<Element> vertx = points(chart(page(STEPS), 0), "vertx");

        assertEquals(2, vertx.size());
        assertEquals("10000", vertx.get(0).getAttribute("data-x"));
        assertEquals(9_997, Double.parseDouble(vertx.get(0).getAttribute("data-value")), 1e-9);
        assertEquals("80000", vertx.get(1).getAttribute("data-x"));
        assertEquals(51_000, Double.parseDouble(vertx.get(1).getAttribute("data-value")), 1e-9);
    }

    @Test
    void p99ChartIsLogarithmicInMilliseconds() throws Exception {
        Element svg = chart(page(STEPS), 1);
        List<Element> netty = points(svg, "netty");
        List<Element> vertx = points(svg, "vertx");

        assertEquals(0.9, Double.parseDouble(netty.get(0).getAttribute("data-value")), 1e-9);
        assertEquals(950, Double.parseDouble(vertx.get(1).getAttribute("data-value")), 1e-9);
        // Equal ratios get equal distances on a log axis: 0.9 to 12 ms against 0.9 to 950 ms.
        double y09 = Double.parseDouble(netty.get(0).getAttribute("cy"));
        double y12 = Double.parseDouble(netty.get(1).getAttribute("cy"));
        double y950 = Double.parseDouble(vertx.get(1).getAttribute("cy"));
        double decade = (y09 - y950) / Math.log10(950 / 0.9);
        assertEquals(Math.log10(12 / 0.9) * decade, y09 - y12, 0.2);
    }

    @Test
    void stepsWithErrorsOrUnsentRequestsAreRingedAndTheOthersAreNot() throws Exception {
        Element svg = chart(page(STEPS), 0);

        assertEquals("point", points(svg, "netty").get(1).getAttribute("class"));
        assertEquals("point", points(svg, "vertx").get(0).getAttribute("class"));
        assertEquals("point marked", points(svg, "vertx").get(1).getAttribute("class"));
    }

    @Test
    void tableListsEveryStepPerPeerWithErrorsAndUnsentFlagged() throws Exception {
        Element table = (Element) section(page(STEPS)).getElementsByTagName("tbody").item(0);
        NodeList rows = table.getElementsByTagName("tr");

        assertEquals(4, rows.getLength());
        Element last = (Element) rows.item(3);
        assertEquals("vertx", last.getElementsByTagName("th").item(0).getTextContent());
        List<String> cells = new ArrayList<>();
        NodeList tds = last.getElementsByTagName("td");
        for (int i = 0; i < tds.getLength(); i++) {
            cells.add(tds.item(i).getTextContent());
        }
        assertEquals(List.of("80,000", "51,000", "800 µs", "950.00 ms", "40.00 ms", "4", "30000", "11.5"), cells);
        assertEquals("bad", ((Element) tds.item(5)).getAttribute("class"));
        assertEquals("bad", ((Element) tds.item(6)).getAttribute("class"));
        assertEquals("netty", ((Element) rows.item(1)).getElementsByTagName("th").item(0).getTextContent());
    }

    @Test
    void failedStepShowsItsReasonAndLeavesAGapInTheLines() throws Exception {
        List<SweepStep> steps = new ArrayList<>(STEPS);
        steps.set(2, new SweepStep("netty", "queue-1k", 80_000, null, Double.NaN, Double.NaN, Double.NaN,
                "the generator did not finish"));
        Document page = page(steps);

        assertEquals(1, points(chart(page, 0), "netty").size());
        assertTrue(section(page).getTextContent().contains("failed: the generator did not finish"));
    }

    @Test
    void peerNamesAreEscapedInChartsLegendAndTable() throws Exception {
        String hostile = "<b>\"x\" & 'y'</b>";
        Document page = page(List.of(step(hostile, 10_000, 9_000, 900, 0, 0)));

        assertEquals(1, points(chart(page, 0), hostile).size());
        assertEquals(hostile, section(page).getElementsByTagName("tbody").item(0).getFirstChild()
                .getFirstChild().getTextContent());
        assertTrue(section(page).getElementsByTagName("p").item(1).getTextContent().contains(hostile));
    }

    @Test
    void resultsWithASweepSurviveAWriteAndARead(@TempDir Path folder) throws Exception {
        RunResults results = new RunResults(SamplePlans.jsonAndQueue(), "netty",
                new MachineFacts("CPU", 2, "6.1", "25", "", "wrk", Map.of()), Map.of(), List.of(), List.of(),
                List.of(STEPS.get(3), new SweepStep("x", "queue-1k", 5, null, Double.NaN, Double.NaN, Double.NaN,
                        "why")));
        results.write(folder.resolve("results.json"));

        assertEquals(results, RunResults.read(folder.resolve("results.json")));
    }

    @Test
    void resultsWrittenBeforeTheSweepExistedLoadWithNoSteps() throws Exception {
        RunResults old = HtmlReportTest.sample();

        assertEquals(List.of(), old.sweep());
        assertEquals(20, old.summaries().size());
    }
}
