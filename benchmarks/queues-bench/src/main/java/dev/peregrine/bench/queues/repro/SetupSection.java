package dev.peregrine.bench.queues.repro;

import dev.peregrine.bench.report.HtmlWriter;
import dev.peregrine.bench.report.ReportSection;

/** What ran on which core, each configuration's command, the bench commands and the caveats. */
final class SetupSection implements ReportSection {
    private final ReproSetup setup;

    SetupSection(ReproSetup setup) {
        this.setup = setup;
    }

    @Override
    public String title() {
        return "Setup";
    }

    @Override
    public String anchor() {
        return "setup";
    }

    @Override
    public void render(HtmlWriter out) {
        out.open("dl", "class", "facts");
        out.element("dt", "rounds");
        out.element("dd", setup.rounds() + ", interleaved: every configuration once per round, a fresh Redis (FLUSHALL) "
                + "or a fresh data folder and a freshly started service for every run");
        for (String line : setup.cores()) {
            out.element("dt", "cores");
            out.element("dd", line);
        }
        for (ReproSetup.Configuration config : setup.configurations()) {
            out.element("dt", config.label());
            out.open("dd").element("code", config.command()).close();
        }
        for (String command : setup.commands()) {
            out.element("dt", "command");
            out.open("dd").element("code", command).close();
        }
        for (String note : setup.notes()) {
            out.element("dt", "note");
            out.element("dd", note);
        }
        out.close();
    }
}
