package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.BenchResult;
import dev.peregrine.bench.queues.RoleResult;
import dev.peregrine.bench.queues.TimelineSample;
import dev.peregrine.bench.report.HtmlWriter;
import dev.peregrine.bench.report.LineChart;
import java.util.ArrayList;
import java.util.List;

/**
 * Successful requests per second, second by second, one line per role, as the progress line saw
 * them; a second with errors is ringed. A dip or a stall shows here when the totals hide it.
 */
final class TimelineChart {
    private final BenchResult result;

    TimelineChart(BenchResult result) {
        this.result = result;
    }

    /** Writes the chart, or nothing when the run was too short for a sample (one is taken each second). */
    void render(HtmlWriter out) {
        List<TimelineSample> samples = result.timeline();
        if (samples.isEmpty()) {
            return;
        }
        List<Long> seconds = new ArrayList<>();
        samples.forEach(sample -> seconds.add(sample.second()));
        LineChart chart = new LineChart("Successful requests per second, by second", "requests per second",
                "seconds since counting started", seconds, false);
        for (RoleResult role : result.roles()) {
            LineChart.Point[] points = new LineChart.Point[samples.size()];
            for (int i = 0; i < points.length; i++) {
                TimelineSample sample = samples.get(i);
                points[i] = new LineChart.Point(sample.requestsPerSecond().getOrDefault(role.role(), Double.NaN),
                        sample.errors() > 0);
            }
            chart.series(role.role().label(), RoleColours.lineColour(role.role()), points);
        }
        chart.render(out);
    }
}
