package dev.peregrine.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart drawn as inline SVG: one row per peer, one or more bars per row, each bar's
 * length proportional to its value on a linear axis from zero, an optional min–max whisker over the
 * rounds, and a note at the row's end (the figure and its ratio to the baseline).
 *
 * {@snippet :
 * BarChart chart = new BarChart("Throughput", "req/s");
 * chart.row("netty", "74,301 · 1.00×", BarChart.Bar.spread(74_301, 40_445, 108_156, "baseline"));
 * chart.render(out);
 * }
 */
public final class BarChart {
    private static final int WIDTH = 480;
    private static final int LABEL_WIDTH = 122;
    private static final int PLOT_WIDTH = 218;
    private static final int NOTE_X = LABEL_WIDTH + PLOT_WIDTH + 10;
    private static final int TOP = 6;
    private static final int ROW_GAP = 8;
    private static final int AXIS_HEIGHT = 18;
    private static final int TICKS = 4;

    private final String caption;
    private final String unit;
    private final List<Row> rows = new ArrayList<>();

    /**
     * One bar.
     *
     * @param value its length's value
     * @param low   the whisker's low end, or {@code NaN} for none
     * @param high  the whisker's high end, or {@code NaN} for none
     * @param kind  its style class, for example {@code peregrine}, {@code baseline}, {@code p99}
     */
    public record Bar(double value, double low, double high, String kind) {
        /** A bar without a whisker. */
        public static Bar of(double value, String kind) {
            return new Bar(value, Double.NaN, Double.NaN, kind);
        }

        /** A bar with a min–max whisker. */
        public static Bar spread(double value, double low, double high, String kind) {
            return new Bar(value, low, high, kind);
        }
    }

    /**
     * One row: a label, its bars and a note.
     *
     * @param label the row's name, usually a peer
     * @param note  text after the bars
     * @param faded whether to draw the bars faded (the client-bound mark)
     * @param bars  the bars, top to bottom
     */
    public record Row(String label, String note, boolean faded, List<Bar> bars) {
    }

    /**
     * Starts a chart.
     *
     * @param caption what it shows, written above it
     * @param unit    the axis's unit, written below it
     */
    public BarChart(String caption, String unit) {
        this.caption = caption;
        this.unit = unit;
    }

    /**
     * Adds a row.
     *
     * @param label the row's name
     * @param note  text after the bars
     * @param bars  its bars
     * @return this chart
     */
    public BarChart row(String label, String note, Bar... bars) {
        return row(label, note, false, bars);
    }

    /**
     * Adds a row, possibly faded.
     *
     * @param label the row's name
     * @param note  text after the bars
     * @param faded whether to draw its bars faded
     * @param bars  its bars
     * @return this chart
     */
    public BarChart row(String label, String note, boolean faded, Bar... bars) {
        rows.add(new Row(label, note, faded, List.of(bars)));
        return this;
    }

    /**
     * Writes the chart as a {@code figure} holding its caption and its SVG.
     *
     * @param out where the markup goes
     */
    public void render(HtmlWriter out) {
        double scale = niceCeiling(largest());
        int barsPerRow = 1;
        for (Row row : rows) {
            barsPerRow = Math.max(barsPerRow, row.bars().size());
        }
        int barHeight = barsPerRow == 1 ? 14 : 9;
        int rowHeight = barsPerRow * barHeight + ROW_GAP;
        int plotHeight = rows.size() * rowHeight;
        int height = TOP + plotHeight + AXIS_HEIGHT + 14;

        out.open("figure", "class", "chart");
        out.element("figcaption", caption);
        out.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", "0 0 " + WIDTH + " " + height,
                "role", "img", "aria-label", caption);
        axis(out, scale, TOP + plotHeight);
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            int y = TOP + r * rowHeight + ROW_GAP / 2;
            int middle = y + row.bars().size() * barHeight / 2;
            out.element("text", row.label(), "class", "label", "x", px(LABEL_WIDTH - 8), "y", px(middle + 4),
                    "text-anchor", "end");
            for (int b = 0; b < row.bars().size(); b++) {
                bar(out, row.bars().get(b), row.faded(), scale, y + b * barHeight, barHeight - 2);
            }
            out.element("text", row.note(), "class", "note", "x", px(NOTE_X), "y", px(middle + 4));
        }
        out.element("text", unit, "class", "unit", "x", px(LABEL_WIDTH + PLOT_WIDTH / 2.0), "y", px(height - 3),
                "text-anchor", "middle");
        out.close().close();
    }

    private void axis(HtmlWriter out, double scale, int bottom) {
        for (int i = 0; i <= TICKS; i++) {
            double value = scale * i / TICKS;
            String x = px(x(value, scale));
            out.empty("line", "class", "grid", "x1", x, "x2", x, "y1", px(TOP), "y2", px(bottom));
            out.element("text", Figures.tick(value), "class", "tick", "x", x, "y", px(bottom + 13),
                    "text-anchor", "middle");
        }
    }

    private static void bar(HtmlWriter out, Bar bar, boolean faded, double scale, int y, int height) {
        if (Double.isNaN(bar.value())) {
            return;
        }
        out.open("rect", "class", "bar " + bar.kind() + (faded ? " faded" : ""), "x", px(LABEL_WIDTH), "y", px(y),
                "width", px(x(bar.value(), scale) - LABEL_WIDTH), "height", px(height),
                "data-value", number(bar.value()));
        out.element("title", Figures.tick(bar.value()));
        out.close();
        if (Double.isNaN(bar.low()) || Double.isNaN(bar.high())) {
            return;
        }
        String low = px(x(bar.low(), scale));
        String high = px(x(bar.high(), scale));
        String middle = px(y + height / 2.0);
        out.empty("line", "class", "whisker", "x1", low, "x2", high, "y1", middle, "y2", middle);
        out.empty("line", "class", "whisker", "x1", low, "x2", low, "y1", px(y + 2), "y2", px(y + height - 2));
        out.empty("line", "class", "whisker", "x1", high, "x2", high, "y1", px(y + 2), "y2", px(y + height - 2));
    }

    private double largest() {
        double largest = 0;
        for (Row row : rows) {
            for (Bar bar : row.bars()) {
                largest = Math.max(largest, Double.isNaN(bar.value()) ? 0 : bar.value());
                largest = Math.max(largest, Double.isNaN(bar.high()) ? 0 : bar.high());
            }
        }
        return largest;
    }

    private static double x(double value, double scale) {
        return LABEL_WIDTH + PLOT_WIDTH * value / scale;
    }

    /** Rounds up to 1, 2, 2.5 or 5 times a power of ten, so the axis ticks are round numbers. */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (value <= step * power) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String px(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
