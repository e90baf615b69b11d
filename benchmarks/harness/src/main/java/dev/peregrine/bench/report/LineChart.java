package dev.peregrine.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A line chart drawn as inline SVG: one line per series over shared x positions (the sweep's
 * attempted rates, evenly spaced), on a linear axis from zero or a logarithmic one, each point
 * carrying its value and, when {@code marked}, a ring that flags it (errors or unsent requests).
 *
 * {@snippet :
 * LineChart chart = new LineChart("p99 latency", "ms, log scale", List.of(10_000L, 40_000L), true);
 * chart.series("netty", 0, new LineChart.Point(1.2, false), new LineChart.Point(85, true));
 * chart.render(out);
 * }
 */
public final class LineChart {
    private static final int WIDTH = 480;
    private static final int HEIGHT = 250;
    private static final int LEFT = 52;
    private static final int RIGHT = 12;
    private static final int TOP = 10;
    private static final int PLOT_HEIGHT = 170;
    private static final int TICKS = 4;
    /** Line colours by series index, distinct enough for ten peers side by side. */
    private static final String[] COLOURS = {"#495057", "#e8590c", "#f59f00", "#2f9e44", "#1c7ed6", "#7048e8",
            "#d6336c", "#0ca678", "#868e96", "#66a80f"};

    private final String caption;
    private final String unit;
    private final String xUnit;
    private final List<Long> xs;
    private final boolean logarithmic;
    private final List<Series> series = new ArrayList<>();

    /**
     * One value of a series.
     *
     * @param value  the value, or {@code NaN} for none (the line skips it)
     * @param marked whether to ring the point
     */
    public record Point(double value, boolean marked) {
    }

    /**
     * One line.
     *
     * @param label  its name in the legend
     * @param colour its index into the palette
     * @param points its values, one per x position
     */
    public record Series(String label, int colour, List<Point> points) {
    }

    /**
     * Starts a chart.
     *
     * @param caption     what it shows
     * @param unit        the y axis's unit
     * @param xs          the x positions' values, labelled on the x axis
     * @param logarithmic whether the y axis is logarithmic (values at or below zero are then left out)
     */
    public LineChart(String caption, String unit, List<Long> xs, boolean logarithmic) {
        this(caption, unit, "attempted requests per second", xs, logarithmic);
    }

    /**
     * Starts a chart whose x axis is something other than the sweep's attempted rates.
     *
     * @param caption     what it shows
     * @param unit        the y axis's unit
     * @param xUnit       the x axis's unit, for example {@code seconds since the start}
     * @param xs          the x positions' values, labelled on the x axis
     * @param logarithmic whether the y axis is logarithmic (values at or below zero are then left out)
     */
    public LineChart(String caption, String unit, String xUnit, List<Long> xs, boolean logarithmic) {
        this.caption = caption;
        this.unit = unit;
        this.xUnit = xUnit;
        this.xs = List.copyOf(xs);
        this.logarithmic = logarithmic;
    }

    /**
     * Adds a line.
     *
     * @param label  its name
     * @param colour its palette index
     * @param points its values, one per x position
     * @return this chart
     */
    public LineChart series(String label, int colour, Point... points) {
        series.add(new Series(label, colour, List.of(points)));
        return this;
    }

    /**
     * Writes the chart as a {@code figure} holding its caption, its SVG and a legend.
     *
     * @param out where the markup goes
     */
    public void render(HtmlWriter out) {
        double[] range = range();
        out.open("figure", "class", "chart");
        out.element("figcaption", caption);
        out.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + HEIGHT,
                "role", "img", "aria-label", caption);
        axes(out, range);
        for (Series line : series) {
            String colour = COLOURS[Math.floorMod(line.colour(), COLOURS.length)];
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < line.points().size() && i < xs.size(); i++) {
                if (plottable(line.points().get(i).value())) {
                    path.append(path.isEmpty() ? "" : " ").append(px(x(i))).append(',')
                            .append(px(y(line.points().get(i).value(), range)));
                }
            }
            out.empty("polyline", "class", "line", "points", path.toString(), "stroke", colour);
            for (int i = 0; i < line.points().size() && i < xs.size(); i++) {
                point(out, line, i, colour, range);
            }
        }
        out.close();
        out.open("p", "class", "legend");
        for (Series line : series) {
            out.open("span", "class", "swatch", "style",
                    "background: " + COLOURS[Math.floorMod(line.colour(), COLOURS.length)]).close();
            out.text(line.label() + " ");
        }
        out.close().close();
    }

    private void point(HtmlWriter out, Series line, int index, String colour, double[] range) {
        Point point = line.points().get(index);
        if (!plottable(point.value())) {
            return;
        }
        String cx = px(x(index));
        String cy = px(y(point.value(), range));
        out.open("circle", "class", point.marked() ? "point marked" : "point", "cx", cx, "cy", cy, "r", "3",
                "fill", colour, "data-series", line.label(), "data-x", Long.toString(xs.get(index)),
                "data-value", String.format(Locale.ROOT, "%.3f", point.value()));
        out.element("title", line.label() + " at " + Figures.tick(xs.get(index)) + ": " + Figures.tick(point.value())
                + (point.marked() ? " (errors or unsent)" : ""));
        out.close();
    }

    private void axes(HtmlWriter out, double[] range) {
        int bottom = TOP + PLOT_HEIGHT;
        // NOTE: a logarithmic axis gets one tick per decade, so every label is a round 1, 10, 100.
        int ticks = logarithmic ? (int) (range[1] - range[0]) : TICKS;
        for (int i = 0; i <= ticks; i++) {
            double value = logarithmic ? Math.pow(10, range[0] + i) : range[1] * i / ticks;
            String y = px(y(value, range));
            out.empty("line", "class", "grid", "x1", px(LEFT), "x2", px(WIDTH - RIGHT), "y1", y, "y2", y);
            out.element("text", Figures.tick(value), "class", "tick", "x", px(LEFT - 6), "y", px(y(value, range) + 4),
                    "text-anchor", "end");
        }
        for (int i = 0; i < xs.size(); i++) {
            out.element("text", Figures.tick(xs.get(i)), "class", "tick", "x", px(x(i)), "y", px(bottom + 14),
                    "text-anchor", "middle");
        }
        out.element("text", xUnit, "class", "unit", "x", px((LEFT + WIDTH - RIGHT) / 2.0),
                "y", px(bottom + 30), "text-anchor", "middle");
        out.element("text", unit, "class", "unit", "x", px(LEFT), "y", px(bottom + 44));
    }

    /** The y axis's span: {@code [0, top]} linear, or {@code [log10 low, log10 high]} in whole decades. */
    private double[] range() {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (Series line : series) {
            for (Point point : line.points()) {
                if (plottable(point.value())) {
                    low = Math.min(low, point.value());
                    high = Math.max(high, point.value());
                }
            }
        }
        if (!logarithmic) {
            return new double[] {0, BarChart.niceCeiling(high)};
        }
        if (high == 0) {
            return new double[] {0, 1};
        }
        double bottom = Math.floor(Math.log10(low));
        double top = Math.ceil(Math.log10(high));
        return new double[] {bottom, top > bottom ? top : bottom + 1};
    }

    private boolean plottable(double value) {
        return !Double.isNaN(value) && (!logarithmic || value > 0);
    }

    private double x(int index) {
        double plotWidth = WIDTH - LEFT - RIGHT - 20;
        return LEFT + 10 + (xs.size() < 2 ? plotWidth / 2 : plotWidth * index / (xs.size() - 1));
    }

    private double y(double value, double[] range) {
        double fraction = logarithmic ? (Math.log10(value) - range[0]) / (range[1] - range[0]) : value / range[1];
        return TOP + PLOT_HEIGHT * (1 - fraction);
    }

    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
