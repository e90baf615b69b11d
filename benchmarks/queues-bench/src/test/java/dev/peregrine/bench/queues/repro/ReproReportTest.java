package dev.peregrine.bench.queues.repro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/** The three outputs, from known runs: Lua twice WATCH/MULTI's rate, Zaqar with 503s, one configuration without results. */
class ReproReportTest {
    private final Comparison comparison = Comparison.of(Runs.setup(1), List.of(
            Runs.table1("peregrine-watch-multi", 1, 4000, 20, 0), Runs.table1("peregrine-lua", 1, 8000, 5, 0),
            Runs.table1("zaqar-uwsgi", 1, 2000, 40, 7), Runs.table2("peregrine-lua", 1, 300, 100, 900)));

    @TempDir
    Path folder;

    @Test
    void markdownPutsThePostsRowsAboveOursAndTheRatiosBesideThePosts() {
        String md = ReproMarkdown.render(comparison);

        assertTrue(md.contains("| post: Zaqar, WATCH/MULTI | 5,223 | 3.50 | 7.70 | 42.10 | 186.50 | (the post) | |"), md);
        assertTrue(md.contains("| post: Zaqar, Lua | 8,246 | 2.40 | 1.70 | 10.70 | 54.60 | (the post) | |"), md);
        assertTrue(md.contains("| Peregrine, Redis, Lua [r1] | 8,000 | 1.50 | 0.50 | 5.00 | 20.00 | none | 8,000 |"), md);
        assertTrue(md.contains("| Lua ÷ WATCH/MULTI, req/s | 1.58× | 2.00× |"), md);
        assertTrue(md.contains("| WATCH/MULTI p99 ÷ Lua p99 | 3.93× | 4.00× |"), md);
        assertTrue(md.contains("| Peregrine (Lua) ÷ Zaqar 15 (uWSGI), req/s | – | 4.00× |"), md);
    }

    @Test
    void markdownSaysInBoldWhichConfigurationsHadErrorsOrNoResults() {
        String md = ReproMarkdown.render(comparison);

        assertTrue(md.contains("| Zaqar 15, uWSGI [r1] | 2,000 | 1.50 | 0.50 | 40.00 | 20.00 | **503 × 7** |"), md);
        assertTrue(md.contains("| Zaqar 15, uWSGI | consumer | – | – | – | – | **no results** |"), md);
        assertTrue(md.contains("| Peregrine, Redis, Lua [r1] | observer | 900 | 1.00 | 7.00 | 20.00 | none |"), md);
    }

    @Test
    void jsonCarriesMedianFiguresErrorsAndNullForWhatWasNotMeasured() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ReproJson.render(comparison));

        JsonNode zaqar = root.path("table1").get(2);
        assertEquals("zaqar-uwsgi", zaqar.path("config").asText());
        assertEquals(40.0, zaqar.path("latency_ms").path("p99").asDouble());
        assertEquals(7, zaqar.path("errors_all_rounds").path("by_status").path("503").asLong());
        assertEquals(2.0, root.path("ratios").get(0).path("here").asDouble(), 1e-9);
        assertTrue(root.path("ratios").get(2).path("post").isNull());
        assertTrue(root.path("table2").get(0).path("median_round").isNull(), "WATCH/MULTI has no Table 2 run");
        assertEquals(5223.0, root.path("post").get(0).path("reqs_per_sec").asDouble());
    }

    @Test
    void htmlChartsThePostBesideEachConfigurationAndMarksErrors() throws Exception {
        Document page = parse(ReproReport.html(comparison));
        List<String> ids = new ArrayList<>();
        for (Element section : elements(page.getDocumentElement(), "section")) {
            ids.add(section.getAttribute("id"));
        }
        assertEquals(List.of("table1", "table2", "setup"), ids);

        Element rates = elements(elements(page.getDocumentElement(), "section").getFirst(), "svg").getFirst();
        List<String> bars = new ArrayList<>();
        for (Element rect : elements(rates, "rect")) {
            bars.add(rect.getAttribute("class") + "=" + rect.getAttribute("data-value"));
        }
        assertEquals(List.of("bar peer=5223.000", "bar peer=8246.000", "bar peregrine=4000.000", "bar peregrine=8000.000",
                "bar baseline=2000.000"), bars);
        List<String> labels = new ArrayList<>();
        for (Element text : elements(rates, "text")) {
            if (text.getAttribute("class").equals("label")) {
                labels.add(text.getTextContent());
            }
        }
        assertEquals(List.of("post WATCH/MULTI", "post Lua", "WATCH/MULTI", "Lua", "Zaqar uWSGI"), labels,
                "charts use the short names, which fit beside the bars");

        List<String> bad = new ArrayList<>();
        for (Element td : elements(page.getDocumentElement(), "td")) {
            if (td.getAttribute("class").equals("bad")) {
                bad.add(td.getTextContent());
            }
        }
        assertTrue(bad.contains("503 × 7"), bad.toString());
        assertTrue(bad.contains("no results"), bad.toString());
    }

    @Test
    void reportIsWrittenFromARunsFolderAlone() throws Exception {
        Path runs = Files.createDirectories(folder.resolve("runs"));
        Files.writeString(runs.resolve("setup.json"), """
                {"date": "2026-12-06", "rounds": 1, "warmup": 2, "table1_seconds": 5, "table2_seconds": 5, "producers": 300,
                 "configurations": [{"id": "peregrine-lua", "label": "Peregrine, Redis, Lua", "kind": "peregrine", "command": "c"}],
                 "cores": ["core 0: service"], "commands": ["benchmarks/queues-repro/run"], "notes": ["a note"]}
                """);
        Files.writeString(runs.resolve("table1-peregrine-lua-r1.json"), "{\"producer\": " + Runs.role(1234, 3, 0) + "}");

        Comparison written = ReproReport.write(folder);

        assertEquals(List.of("table1-peregrine-lua-r1.json"), written.runs());
        assertTrue(Files.readString(folder.resolve("summary.md")).contains("| Peregrine, Redis, Lua [r1] | 1,234 |"));
        assertTrue(Files.exists(folder.resolve("results.json")));
        assertTrue(Files.readString(folder.resolve("report.html")).contains("a note"));
    }

    private static Document parse(String html) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(html.replace("<!DOCTYPE html>", "").getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> elements(Element root, String tag) {
        NodeList nodes = root.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }
}
