package dev.peregrine.bench.queues.repro;

import dev.peregrine.bench.queues.repro.Comparison.Row;
import dev.peregrine.bench.report.BarChart;
import dev.peregrine.bench.report.HtmlWriter;
import dev.peregrine.bench.report.ReportSection;
import java.util.Collections;

/**
 * Table 2, the mixed workload: for each role, a chart of each configuration's request rate and one
 * of its p50 and p99, then the table of every configuration and role with its errors.
 */
final class Table2Section implements ReportSection {
    private static final String[] ROLES = {"producer", "consumer", "observer"};

    private final Comparison comparison;

    Table2Section(Comparison comparison) {
        this.comparison = comparison;
    }

    @Override
    public String title() {
        return "Table 2: producers, consumers and observers";
    }

    @Override
    public String anchor() {
        return "table2";
    }

    @Override
    public void render(HtmlWriter out) {
        ReproSetup setup = comparison.setup();
        out.element("p", "-pw 40 -ow 40 -cw 40 -qno 4: 10 producers, 10 observers and 10 consumers per queue over 4 queues, "
                + "observers without include_claimed (Zaqar's Redis driver answers 503 to it without a marker), "
                + Cells.seconds(setup.table2Seconds()) + " s counted after " + Cells.seconds(setup.warmup())
                + " s of warm-up. Each role's figures are from the round with that role's median request rate.", "class", "lede");
        out.open("div", "class", "charts");
        for (String role : ROLES) {
            BarChart rates = new BarChart(role + "s: successful requests per second", "requests per second");
            for (Row row : comparison.table2()) {
                if (!row.role().equals(role)) {
                    continue;
                }
                if (row.missing()) {
                    rates.row(row.config().chart(), "no results", BarChart.Bar.of(Double.NaN, row.config().kind()));
                } else {
                    double rate = row.median().requestsPerSecond();
                    rates.row(row.config().chart(), Cells.rate(rate) + (row.bad() ? " · errors" : ""),
                            BarChart.Bar.spread(rate, Collections.min(row.roundRates()), Collections.max(row.roundRates()),
                                    row.config().kind()));
                }
            }
            rates.render(out);
        }
        for (String role : ROLES) {
            BarChart latency = new BarChart(role + "s: latency, p50 (light) and p99 (dark)", "milliseconds");
            for (Row row : comparison.table2()) {
                if (row.role().equals(role)) {
                    RoleFigures m = row.median();
                    latency.row(row.config().chart(), m == null ? "no results" : Cells.ms(m.p99()) + " ms",
                            BarChart.Bar.of(m == null ? Double.NaN : m.p50(), "p50"),
                            BarChart.Bar.of(m == null ? Double.NaN : m.p99(), "p99"));
                }
            }
            latency.render(out);
        }
        out.close();

        out.open("table", "class", "table2");
        Table1Section.header(out, "configuration", "role", "req/s", "p50 ms", "p99 ms", "max ms", "errors (all rounds)",
                "median round");
        out.open("tbody");
        for (Row row : comparison.table2()) {
            RoleFigures m = row.median();
            out.open("tr", "class", row.config().kind());
            out.element("th", row.config().label());
            out.element("td", row.role());
            out.element("td", m == null ? "–" : Cells.rate(m.requestsPerSecond()));
            out.element("td", m == null ? "–" : Cells.ms(m.p50()));
            out.element("td", m == null ? "–" : Cells.ms(m.p99()));
            out.element("td", m == null ? "–" : Cells.ms(m.max()));
            out.element("td", row.errorText(), "class", row.bad() ? "bad" : "");
            out.element("td", row.missing() ? "–" : "r" + row.medianRound());
            out.close();
        }
        out.close().close();
    }
}
