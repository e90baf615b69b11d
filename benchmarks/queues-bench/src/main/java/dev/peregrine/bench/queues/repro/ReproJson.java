package dev.peregrine.bench.queues.repro;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peregrine.bench.queues.repro.Comparison.Ratio;
import dev.peregrine.bench.queues.repro.Comparison.Row;

/**
 * The comparison's {@code results.json}: the setup, the post's figures, Table 1, the ratios and
 * Table 2, each row with its median round's figures, every round's rate and all rounds' errors.
 * A figure that could not be measured is {@code null}. Latencies are in milliseconds.
 */
public final class ReproJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReproJson() {
    }

    /**
     * Renders a comparison.
     *
     * @param comparison the findings
     * @return one indented JSON document, ending in a newline
     */
    public static String render(Comparison comparison) {
        try {
            return MAPPER.writeValueAsString(tree(comparison)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes cannot fail to serialise", e);
        }
    }

    static ObjectNode tree(Comparison comparison) {
        ReproSetup setup = comparison.setup();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tool", "queues-repro");
        root.put("reproduces", "Redis Lua Scripting for Performance (Zaqar's Redis driver, WATCH/MULTI vs Lua)");
        ObjectNode settings = root.putObject("setup");
        settings.put("date", setup.date());
        settings.put("rounds", setup.rounds());
        settings.put("warmup_sec", setup.warmup());
        settings.put("table1_sec", setup.table1Seconds());
        settings.put("table2_sec", setup.table2Seconds());
        settings.put("table1_producers", setup.producers());
        ArrayNode configurations = settings.putArray("configurations");
        for (ReproSetup.Configuration config : setup.configurations()) {
            configurations.addObject().put("id", config.id()).put("label", config.label()).put("chart", config.chart())
                    .put("command", config.command());
        }
        setup.cores().forEach(settings.putArray("cores")::add);
        setup.commands().forEach(settings.putArray("commands")::add);
        setup.notes().forEach(settings.putArray("notes")::add);

        ArrayNode post = root.putArray("post");
        for (PostFigures figures : new PostFigures[] {PostFigures.WATCH_MULTI, PostFigures.LUA}) {
            post.addObject().put("label", figures.label()).put("reqs_per_sec", figures.requestsPerSecond())
                    .put("mean", figures.mean()).put("stdev", figures.stdev()).put("p99", figures.p99()).put("max", figures.max());
        }
        ArrayNode table1 = root.putArray("table1");
        comparison.table1().forEach(row -> row(table1.addObject(), row));
        ArrayNode ratios = root.putArray("ratios");
        for (Ratio ratio : comparison.ratios()) {
            ObjectNode out = ratios.addObject().put("name", ratio.name());
            number(out, "post", ratio.post());
            number(out, "here", ratio.here());
        }
        ArrayNode table2 = root.putArray("table2");
        comparison.table2().forEach(row -> row(table2.addObject(), row));
        comparison.runs().forEach(root.putArray("runs")::add);
        return root;
    }

    private static void row(ObjectNode out, Row row) {
        out.put("config", row.config().id());
        out.put("label", row.config().label());
        out.put("role", row.role());
        out.put("rounds_run", row.roundsRun());
        ArrayNode rates = out.putArray("reqs_per_sec_by_round");
        row.roundRates().forEach(rates::add);
        if (row.missing()) {
            out.putNull("median_round");
        } else {
            RoleFigures m = row.median();
            out.put("median_round", row.medianRound());
            out.put("reqs_per_sec", m.requestsPerSecond());
            out.put("total_reqs", m.requests());
            ObjectNode latency = out.putObject("latency_ms");
            latency.put("mean", m.mean()).put("stdev", m.stdev()).put("p50", m.p50()).put("p99", m.p99()).put("max", m.max());
        }
        ObjectNode errors = out.putObject("errors_all_rounds");
        errors.put("total", row.errors().total());
        ObjectNode byStatus = errors.putObject("by_status");
        row.errors().byStatus().forEach((status, count) -> byStatus.put(Integer.toString(status), count));
        errors.put("connection", row.errors().connection());
        errors.put("timeouts", row.errors().timeouts());
        errors.put("text", row.errorText());
    }

    private static void number(ObjectNode out, String name, double value) {
        if (Double.isNaN(value)) {
            out.putNull(name);
        } else {
            out.put(name, value);
        }
    }
}
