package dev.peregrine.bench.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BarChartTest {
    @Test
    void barLengthsAreProportionalToValuesOnAnAxisFromZero() throws Exception {
        HtmlWriter out = new HtmlWriter();
        new BarChart("Rate", "req/s")
                .row("a", "", BarChart.Bar.of(100, "peer"))
                .row("b", "", BarChart.Bar.of(50, "peer"))
                .row("c", "", BarChart.Bar.of(25, "peer"))
                .render(out);
        NodeList bars = HtmlReportTest.parse(out.toString()).getElementsByTagName("rect");

        double full = width(bars, 0);
        assertEquals(full / 2, width(bars, 1), 0.1);
        assertEquals(full / 4, width(bars, 2), 0.1);
    }

    @Test
    void whiskerSpansLowToHighOnTheBarsScale() throws Exception {
        HtmlWriter out = new HtmlWriter();
        new BarChart("Rate", "req/s").row("a", "", BarChart.Bar.spread(80, 60, 100, "peer")).render(out);
        Document chart = HtmlReportTest.parse(out.toString());
        Element bar = (Element) chart.getElementsByTagName("rect").item(0);
        Element whisker = firstWithClass(chart.getElementsByTagName("line"), "whisker");

        double left = Double.parseDouble(bar.getAttribute("x"));
        double perUnit = Double.parseDouble(bar.getAttribute("width")) / 80;
        assertEquals(left + 60 * perUnit, Double.parseDouble(whisker.getAttribute("x1")), 0.1);
        assertEquals(left + 100 * perUnit, Double.parseDouble(whisker.getAttribute("x2")), 0.1);
    }

    @Test
    void axisEndsAtARoundNumberAtOrAboveTheLargestValue() {
        assertEquals(200_000, BarChart.niceCeiling(159_735));
        assertEquals(200, BarChart.niceCeiling(189.8));
        assertEquals(250, BarChart.niceCeiling(210));
        assertEquals(100, BarChart.niceCeiling(100));
        assertEquals(1, BarChart.niceCeiling(0));
    }

    private static double width(NodeList bars, int index) {
        return Double.parseDouble(((Element) bars.item(index)).getAttribute("width"));
    }

    private static Element firstWithClass(NodeList elements, String name) {
        for (int i = 0; i < elements.getLength(); i++) {
            if (((Element) elements.item(i)).getAttribute("class").equals(name)) {
                return (Element) elements.item(i);
            }
        }
        throw new AssertionError("No element of class " + name);
    }
}
