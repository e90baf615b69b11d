package dev.peregrine.reliability.probes;

/** A {@link LoadResult} as Markdown: totals, latency, and a row per kind of request. */
final class LoadReport {

    private LoadReport() {
    }

    static String markdown(LoadResult load) {
        StringBuilder md = new StringBuilder();
        md.append(String.format("%d sent, %d answered (%.1f/s), %d unexpected, %d lost, %d timed out, %d failed connects,"
                + " %d unsent. Latency from the intended send time, p50 / p90 / p99 / p99.9 / max: %.2f / %.2f / %.2f / %.2f"
                + " / %.2f ms.%n%n", load.sent(), load.answered(), load.answeredPerSecond(), load.unexpected(), load.lost(),
                load.timedOut(), load.connectFailures(), load.unsent(), load.latency().p50Ms(), load.latency().p90Ms(),
                load.latency().p99Ms(), load.latency().p999Ms(), load.latency().maxMs()));
        md.append("| request | sent | answered | unexpected | lost |\n|---|---|---|---|---|\n");
        load.byKind().forEach((name, c) -> md.append(String.format("| %s | %d | %d | %d | %d |%n", name, c.sent(),
                c.answered(), c.unexpected(), c.lost())));
        if (!load.problems().isEmpty()) {
            md.append("\nFirst problems:\n\n");
            for (String problem : load.problems()) {
                md.append("- ").append(problem).append('\n');
            }
        }
        return md.toString();
    }
}
