package dev.peregrine.bench.queues.report;

import dev.peregrine.bench.queues.BenchOptions;
import dev.peregrine.bench.report.HtmlWriter;
import dev.peregrine.bench.report.ReportSection;

/** The run's options, as a list of facts, so the report says what produced its figures. */
final class ParametersSection implements ReportSection {
    private final BenchOptions options;

    ParametersSection(BenchOptions options) {
        this.options = options;
    }

    @Override
    public String title() {
        return "Parameters";
    }

    @Override
    public String anchor() {
        return "parameters";
    }

    @Override
    public void render(HtmlWriter out) {
        out.open("dl", "class", "facts");
        fact(out, "server", options.serverUrl().toString());
        fact(out, "queues", options.queueCount() + ": " + options.queueName(0) + " .. " + options.queueName(options.queueCount() - 1)
                + (options.skipQueueReset() ? " (kept)" : " (deleted and recreated first)"));
        fact(out, "producers", actors(options.producerProcesses(), options.producerWorkers())
                + options.messagesFile().map(file -> ", messages from " + file).orElse(", built-in message (ttl 60)"));
        fact(out, "consumers", actors(options.consumerProcesses(), options.consumerWorkers())
                + ", claim limit " + options.messagesPerClaim() + ", ttl 300, grace 200");
        fact(out, "observers", actors(options.observerProcesses(), options.observerWorkers())
                + ", page limit " + options.messagesPerList()
                + (options.observerIncludeClaimed() ? ", include_claimed=true" : ", without include_claimed"));
        fact(out, "time", Numbers.seconds(options.time()) + " s counted after " + Numbers.seconds(options.warmup())
                + " s of warm-up; timeout " + Numbers.seconds(options.timeout()) + " s");
        fact(out, "project", options.project() + (options.token().isPresent() ? ", with a token" : ""));
        fact(out, "client", options.ioThreads() + " event loop thread" + (options.ioThreads() == 1 ? "" : "s")
                + ", one keep-alive connection per actor");
        out.close();
    }

    private static String actors(int processes, int workers) {
        return processes * workers + " (" + processes + " × " + workers + ")";
    }

    private static void fact(HtmlWriter out, String name, String value) {
        out.element("dt", name);
        out.element("dd", value);
    }
}
