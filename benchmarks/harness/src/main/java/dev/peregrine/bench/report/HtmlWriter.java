package dev.peregrine.bench.report;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Writes well-formed XHTML (and the SVG inside it): every element opened is closed in order, and
 * every text and attribute value is escaped, so a peer named {@code <b>&} shows as written.
 *
 * {@snippet :
 * HtmlWriter out = new HtmlWriter();
 * out.open("p", "class", "note").text("2 < 3").close();   // <p class="note">2 &lt; 3</p>
 * }
 */
public final class HtmlWriter {
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final Deque<String> open = new ArrayDeque<>();

    /**
     * Opens an element.
     *
     * @param tag        the element's name
     * @param attributes name and value pairs
     * @return this writer
     */
    public HtmlWriter open(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append('>');
        open.push(tag);
        return this;
    }

    /**
     * Writes an element with no content, as {@code <rect ... />}.
     *
     * @param tag        the element's name
     * @param attributes name and value pairs
     * @return this writer
     */
    public HtmlWriter empty(String tag, String... attributes) {
        startTag(tag, attributes);
        out.append("/>");
        return this;
    }

    /**
     * Writes an element holding only text.
     *
     * @param tag        the element's name
     * @param text       its text, escaped
     * @param attributes name and value pairs
     * @return this writer
     */
    public HtmlWriter element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close();
    }

    /**
     * Writes escaped text into the open element.
     *
     * @param text the text
     * @return this writer
     */
    public HtmlWriter text(String text) {
        escape(text, false);
        return this;
    }

    /**
     * Writes markup the caller has already made well-formed, such as the style sheet.
     *
     * @param markup the markup
     * @return this writer
     */
    public HtmlWriter raw(String markup) {
        out.append(markup);
        return this;
    }

    /**
     * Closes the innermost open element.
     *
     * @return this writer
     * @throws IllegalStateException when no element is open
     */
    public HtmlWriter close() {
        if (open.isEmpty()) {
            throw new IllegalStateException("No element is open; every close() needs an open() before it.");
        }
        out.append("</").append(open.pop()).append('>');
        return this;
    }

    /**
     * Returns the document.
     *
     * @return the markup written
     * @throws IllegalStateException naming the elements still open
     */
    @Override
    public String toString() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("Elements still open: " + open + "; close them before reading the markup.");
        }
        return out.toString();
    }

    private void startTag(String tag, String... attributes) {
        if (attributes.length % 2 != 0) {
            throw new IllegalArgumentException("Attributes of <" + tag + "> come in name and value pairs.");
        }
        out.append('<').append(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            out.append(' ').append(attributes[i]).append("=\"");
            escape(attributes[i + 1], true);
            out.append('"');
        }
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                default -> out.append(c);
            }
        }
    }
}
