package dev.peregrine.bench.report;

/**
 * One section of the HTML report, listed in its table of contents. Each kind of measurement (the
 * closed-loop scenarios, the machine's facts, a rate sweep) is a section of its own, so a new kind
 * is added by writing one more implementation and passing it to {@link HtmlReport}.
 */
public interface ReportSection {
    /** Returns the section's heading, also its entry in the table of contents. */
    String title();

    /** Returns the section's fragment identifier, unique within the report, for example {@code json-keep-alive-c64}. */
    String anchor();

    /**
     * Writes the section's content below its heading, which the report writes.
     *
     * @param out where the markup goes
     */
    void render(HtmlWriter out);
}
