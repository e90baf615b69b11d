package dev.peregrine.bench.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HtmlWriterTest {
    @Test
    void textAndAttributesAreEscaped() {
        HtmlWriter out = new HtmlWriter();
        out.element("p", "a < b & \"c\"", "title", "\"x\" & 'y' <z>");

        assertEquals("<p title=\"&quot;x&quot; &amp; &#39;y&#39; &lt;z&gt;\">a &lt; b &amp; \"c\"</p>", out.toString());
    }

    @Test
    void elementsCloseInnermostFirst() {
        HtmlWriter out = new HtmlWriter();
        out.open("svg").open("g").empty("rect", "width", "3").close().close();

        assertEquals("<svg><g><rect width=\"3\"/></g></svg>", out.toString());
    }

    @Test
    void readingWithAnElementStillOpenIsRefused() {
        HtmlWriter out = new HtmlWriter().open("div");

        assertThrows(IllegalStateException.class, out::toString);
    }

    @Test
    void closingWithNothingOpenIsRefused() {
        assertThrows(IllegalStateException.class, () -> new HtmlWriter().close());
    }
}
