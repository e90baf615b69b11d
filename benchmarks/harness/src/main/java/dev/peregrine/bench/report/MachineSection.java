package dev.peregrine.bench.report;

import dev.peregrine.bench.BenchmarkPlan;
import dev.peregrine.bench.MachineFacts;
import dev.peregrine.bench.RoundSpread;

import java.util.Map;

/**
 * The facts the figures are meaningless without: CPU, kernel, JDK, the flags every JVM peer ran
 * with, the load generator, the plan, each peer's version and the peers that were skipped.
 */
public final class MachineSection implements ReportSection {
    private final RunResults results;

    /**
     * Prepares the section.
     *
     * @param results the run's results
     */
    public MachineSection(RunResults results) {
        this.results = results;
    }

    @Override
    public String title() {
        return "Machine, flags and peers";
    }

    @Override
    public String anchor() {
        return "machine";
    }

    @Override
    public void render(HtmlWriter out) {
        MachineFacts facts = results.machine();
        BenchmarkPlan plan = results.plan();
        out.open("dl", "class", "facts");
        fact(out, "CPU", facts.cpuModel() + ", " + facts.cores() + " cores");
        fact(out, "Kernel", facts.kernel());
        fact(out, "JDK", facts.jdk());
        out.element("dt", "JAVA_OPTS").open("dd").element("code", facts.javaOpts()).close();
        fact(out, "Load", facts.wrk() + ", one thread pinned to core 1; servers pinned to core 0");
        fact(out, "Plan", plan.name() + ": " + plan.rounds() + " rounds of " + plan.durationSeconds()
                + " s interleaved across peers, each scenario warmed up for " + plan.warmupSeconds()
                + " s per peer; figures are medians over the rounds");
        fact(out, "Ratios", "to " + results.baseline() + ": throughput above 1 is faster, CPU per request below 1"
                + " is cheaper. CPU is the server's user+system time, workers included, over wrk's window.");
        fact(out, "Spread", "tables show the slowest and fastest round beside each median; "
                + RoundSpread.WIDE_MARK + " marks a spread (max − min) over 10% of the median.");
        fact(out, "Client-bound", "a round where wrk's core was at least 95% busy: the load generator was the"
                + " limit and the server might have gone faster. Throughput ratios are then bounds (≥ when the peer"
                + " was client-bound, ≤ when the baseline was, * when both were); CPU ratios are marked †.");
        fact(out, "Stalled", "a round where neither core was busy (the server's below 90%, wrk's below 95%): the"
                + " server neither worked flat out nor lacked load, so it was waiting on something (a lock, a timer,"
                + " its own single thread blocking).");
        fact(out, "Latency", "not measured for pipelined scenarios: wrk times a pipelined batch, not each request.");
        out.close();
        out.open("table", "class", "versions").open("thead").open("tr");
        out.element("th", "peer").element("th", "version");
        out.close().close().open("tbody");
        for (Map.Entry<String, String> version : facts.peerVersions().entrySet()) {
            String skip = results.skipped().get(version.getKey());
            out.open("tr").element("th", version.getKey(), "scope", "row")
                    .element("td", version.getValue() + (skip == null ? "" : "; skipped: " + skip)).close();
        }
        for (Map.Entry<String, String> skip : results.skipped().entrySet()) {
            if (!facts.peerVersions().containsKey(skip.getKey())) {
                out.open("tr").element("th", skip.getKey(), "scope", "row")
                        .element("td", "skipped: " + skip.getValue()).close();
            }
        }
        out.close().close();
    }

    private static void fact(HtmlWriter out, String name, String value) {
        out.element("dt", name).element("dd", value);
    }
}
