package dev.peregrine.bench.queues.repro;

import dev.peregrine.bench.queues.repro.Comparison.Ratio;
import dev.peregrine.bench.queues.repro.Comparison.Row;
import dev.peregrine.bench.report.BarChart;
import dev.peregrine.bench.report.HtmlWriter;
import dev.peregrine.bench.report.ReportSection;
import java.util.Collections;

/**
 * Table 1, the post's workload: request rate (with a min–max whisker over the rounds) and latency
 * of each configuration beside the post's two rows, the table, and the post's ratios beside ours.
 */
final class Table1Section implements ReportSection {
    /** The post's rows are drawn in the "other peers" colour. */
    static final String POST_KIND = "peer";

    private final Comparison comparison;

    Table1Section(Comparison comparison) {
        this.comparison = comparison;
    }

    @Override
    public String title() {
        return "Table 1: " + Cells.rate(comparison.setup().producers()) + " producers";
    }

    @Override
    public String anchor() {
        return "table1";
    }

    @Override
    public void render(HtmlWriter out) {
        ReproSetup setup = comparison.setup();
        out.element("p", "-pw " + setup.producers() + " -cw 0 -ow 0 -qno 4: producers posting one message a request, "
                + Cells.seconds(setup.table1Seconds()) + " s counted after " + Cells.seconds(setup.warmup())
                + " s of warm-up. Each configuration's bars are its round with the median request rate; the whisker spans "
                + "its rounds. The post's rows are Zaqar on its author's machine, not measured here.", "class", "lede");
        BarChart rates = new BarChart("Successful requests per second", "requests per second");
        BarChart typical = new BarChart("Latency, mean (light) and p99 (dark)", "milliseconds");
        BarChart tail = new BarChart("Latency, stdev (light) and max (dark)", "milliseconds");
        for (PostFigures post : new PostFigures[] {PostFigures.WATCH_MULTI, PostFigures.LUA}) {
            rates.row(post.chart(), Cells.rate(post.requestsPerSecond()), BarChart.Bar.of(post.requestsPerSecond(), POST_KIND));
            typical.row(post.chart(), Cells.ms(post.p99()) + " ms", BarChart.Bar.of(post.mean(), "p50"), BarChart.Bar.of(post.p99(), "p99"));
            tail.row(post.chart(), Cells.ms(post.max()) + " ms", BarChart.Bar.of(post.stdev(), "p50"), BarChart.Bar.of(post.max(), "p99"));
        }
        for (Row row : comparison.table1()) {
            String label = row.config().chart();
            if (row.missing()) {
                rates.row(label, "no results", BarChart.Bar.of(Double.NaN, row.config().kind()));
                typical.row(label, "no results", BarChart.Bar.of(Double.NaN, "p50"));
                tail.row(label, "no results", BarChart.Bar.of(Double.NaN, "p50"));
                continue;
            }
            RoleFigures m = row.median();
            rates.row(label, Cells.rate(m.requestsPerSecond()) + (row.bad() ? " · errors" : ""),
                    BarChart.Bar.spread(m.requestsPerSecond(), Collections.min(row.roundRates()),
                            Collections.max(row.roundRates()), row.config().kind()));
            typical.row(label, Cells.ms(m.p99()) + " ms", BarChart.Bar.of(m.mean(), "p50"), BarChart.Bar.of(m.p99(), "p99"));
            tail.row(label, Cells.ms(m.max()) + " ms", BarChart.Bar.of(m.stdev(), "p50"), BarChart.Bar.of(m.max(), "p99"));
        }
        out.open("div", "class", "charts");
        rates.render(out);
        typical.render(out);
        tail.render(out);
        out.close();

        out.open("table", "class", "table1");
        header(out, "", "req/s", "mean ms", "stdev ms", "p99 ms", "max ms", "errors (all rounds)", "median round", "req/s by round");
        out.open("tbody");
        for (PostFigures post : new PostFigures[] {PostFigures.WATCH_MULTI, PostFigures.LUA}) {
            out.open("tr", "class", POST_KIND);
            out.element("th", post.label());
            for (String cell : new String[] {Cells.rate(post.requestsPerSecond()), Cells.ms(post.mean()), Cells.ms(post.stdev()),
                    Cells.ms(post.p99()), Cells.ms(post.max()), "(the post)", "", ""}) {
                out.element("td", cell);
            }
            out.close();
        }
        for (Row row : comparison.table1()) {
            RoleFigures m = row.median();
            out.open("tr", "class", row.config().kind());
            out.element("th", row.config().label());
            if (m == null) {
                for (int i = 0; i < 5; i++) {
                    out.element("td", "–");
                }
            } else {
                for (String cell : new String[] {Cells.rate(m.requestsPerSecond()), Cells.ms(m.mean()), Cells.ms(m.stdev()),
                        Cells.ms(m.p99()), Cells.ms(m.max())}) {
                    out.element("td", cell);
                }
            }
            out.element("td", row.errorText(), "class", row.bad() ? "bad" : "");
            out.element("td", row.missing() ? "–" : "r" + row.medianRound());
            out.element("td", Cells.rounds(row.roundRates()));
            out.close();
        }
        out.close().close();

        out.open("table", "class", "ratios");
        header(out, "ratio", "post", "here");
        out.open("tbody");
        for (Ratio ratio : comparison.ratios()) {
            out.open("tr");
            out.element("th", ratio.name());
            out.element("td", Cells.ratio(ratio.post()));
            out.element("td", Cells.ratio(ratio.here()));
            out.close();
        }
        out.close().close();
    }

    static void header(HtmlWriter out, String... headings) {
        out.open("thead").open("tr");
        for (String heading : headings) {
            out.element("th", heading);
        }
        out.close().close();
    }
}
