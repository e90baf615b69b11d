package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.BenchResult;
import dev.peregrine.bench.queues.RoleResult;
import dev.peregrine.bench.report.BarChart;
import dev.peregrine.bench.report.Figures;
import dev.peregrine.bench.report.HtmlWriter;
import dev.peregrine.bench.report.ReportSection;

/**
 * Requests and messages per second by role, as two bar charts and a table with the errors.
 * Messages are posted by producers, deleted after a claim by consumers and listed by observers.
 */
final class ThroughputSection implements ReportSection {
    private final BenchResult result;

    ThroughputSection(BenchResult result) {
        this.result = result;
    }

    @Override
    public String title() {
        return "Throughput";
    }

    @Override
    public String anchor() {
        return "throughput";
    }

    @Override
    public void render(HtmlWriter out) {
        out.element("p", "Successful requests and messages per second over the counted "
                + Numbers.three(result.roles().getFirst().seconds()) + " s. Messages: posted by producers, claimed and deleted by consumers, "
                + "listed by observers.", "class", "lede");
        BarChart requests = new BarChart("Successful requests per second", "requests per second");
        BarChart messages = new BarChart("Messages per second", "messages per second");
        for (RoleResult role : result.roles()) {
            String kind = RoleColours.kind(role.role());
            requests.row(role.role().label(), Figures.rate(role.requestsPerSecond()),
                    BarChart.Bar.of(role.requestsPerSecond(), kind));
            messages.row(role.role().label(), Figures.rate(role.messagesPerSecond()),
                    BarChart.Bar.of(role.messagesPerSecond(), kind));
        }
        out.open("div", "class", "charts");
        requests.render(out);
        messages.render(out);
        new TimelineChart(result).render(out);
        out.close();

        out.open("table", "class", "throughput");
        out.open("thead").open("tr");
        for (String heading : new String[] {"role", "actors", "requests", "req/s", "messages", "messages/s", "errors"}) {
            out.element("th", heading);
        }
        out.close().close();
        out.open("tbody");
        for (RoleResult role : result.roles()) {
            out.open("tr", "class", RoleColours.kind(role.role()));
            out.element("th", role.role().label());
            out.element("td", Integer.toString(role.actors()));
            out.element("td", Long.toString(role.successful()));
            out.element("td", Figures.rate(role.requestsPerSecond()));
            out.element("td", Long.toString(role.messages()));
            out.element("td", Figures.rate(role.messagesPerSecond()));
            out.element("td", ErrorText.of(role), "class", role.errors() > 0 ? "bad" : "");
            out.close();
        }
        out.close().close();
    }
}
