package dev.peregrine.reliability.probes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Probe (f), {@code soak}: a long open-loop run on a mix of endpoints (plain text, JSON, a POST
 * with a body, a streamed download, 404s and a few malformed requests), sampling the server's
 * resident memory and threads, the requests' latency and the machine's load every 10 s, its live
 * heap (after a full GC) every 5 minutes, its GC pauses from its GC log. The server must answer every request as expected, its live heap must
 * end where it started, and it must stop cleanly on SIGTERM.
 */
final class SoakProbe {

    /** How much the live heap may grow from the first measurement to the last: 10 %, at least 2 MiB. */
    private static final double HEAP_GROWTH_ALLOWED = 0.10;
    private static final long HEAP_GROWTH_FLOOR = 2L * 1024 * 1024;

    /**
     * @param duration how long the load runs
     * @param rate requests per second attempted
     * @param connections keep-alive connections of the load
     * @param sampleEvery how often resident memory and threads are sampled
     * @param liveHeapEvery how often the live heap is measured (a full GC)
     * @param warmUp load before the first live-heap measurement, so class loading and JIT are done
     * @param streamBytes length of the streamed download
     */
    record Settings(Duration duration, double rate, int connections, Duration sampleEvery, Duration liveHeapEvery,
            Duration warmUp, int streamBytes) {

        static Settings full(Duration duration) {
            return new Settings(duration, 500, 16, Duration.ofSeconds(10), Duration.ofMinutes(5), Duration.ofSeconds(60),
                    256 * 1024);
        }

        static Settings fast(Duration duration) {
            return new Settings(duration, 100, 4, Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1),
                    64 * 1024);
        }
    }

    /**
     * One sample of the soak.
     *
     * @param server the server
     * @param latency the latency of the requests answered since the previous sample
     * @param loadAverage the machine's one-minute load average
     */
    record Sample(ServerSample server, Latency latency, double loadAverage) {
    }

    private SoakProbe() {
    }

    static List<RequestKind> mix(int streamBytes) {
        return List.of(
                RequestKind.get("plaintext", "/plaintext", 200, ProbeApp.HELLO.length(), 80),
                RequestKind.get("json", "/json", 200, -1, 50),
                RequestKind.post("post-1k", 1024, 30),
                RequestKind.get("stream", "/stream?bytes=" + streamBytes, 200, streamBytes, 10),
                RequestKind.get("not-found", "/missing/things", 404, -1, 20),
                RequestKind.malformed("two-lengths", "POST /echo HTTP/1.1\r\nHost: probe\r\nContent-Length: 1\r\n"
                        + "Content-Length: 2\r\n\r\nab", 5),
                RequestKind.malformed("bad-header", "GET /plaintext HTTP/1.1\r\nHost: probe\r\nBad Header: x\r\n\r\n", 5));
    }

    static ProbeResult run(ProbeSetup setup, Settings settings) throws Exception {
        List<Sample> samples = new ArrayList<>();
        List<Histogram> windows = new ArrayList<>();
        LoadResult load;
        int exitStatus;
        try (ServerProcess server = ServerProcess.start(setup, "soak", ServerLimits.defaults(), List.of());
                ClientLoop client = new ClientLoop(1)) {
            samples.add(new Sample(server.sample(true), Latency.ofMicros(new Histogram(3)), Machine.loadAverage()));
            windows.add(new Histogram(3));
            OpenLoopLoad traffic = new OpenLoopLoad(client, server.port(), mix(settings.streamBytes()), settings.rate(),
                    settings.connections(), 10, 11);
            long start = System.nanoTime();
            long end = start + settings.duration().toNanos();
            long nextLiveHeap = start + settings.warmUp().toNanos();
            traffic.start();
            for (long next = start + settings.sampleEvery().toNanos(); next < end; next += settings.sampleEvery().toNanos()) {
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                boolean live = next >= nextLiveHeap;
                if (live) {
                    nextLiveHeap += settings.liveHeapEvery().toNanos();
                }
                ServerSample sample = server.sample(live);
                Histogram window = traffic.window();
                windows.add(window);
                samples.add(new Sample(sample, Latency.ofMicros(window), Machine.loadAverage()));
                System.err.printf("soak %4.0f s: RSS %.1f MiB, %d threads, heap %.1f MiB%s, %d connections, latency %s, load %.2f%n",
                        (next - start) / 1e9, sample.rssMib(), sample.threads(), sample.heapMib(),
                        live ? " (live, after GC)" : "", sample.openConnections(), Latency.ofMicros(window).cell(),
                        samples.getLast().loadAverage());
            }
            Thread.sleep(Math.max(0, (end - System.nanoTime()) / 1_000_000));
            load = traffic.stop();
            Histogram window = traffic.window();
            windows.add(window);
            samples.add(new Sample(server.sample(true), Latency.ofMicros(window), Machine.loadAverage()));
            server.terminate();
            exitStatus = server.awaitExit(Duration.ofSeconds(30));
        }
        return report(settings, load, samples, windows, GcPauses.read(ServerProcess.gcLog(setup, "soak")), exitStatus);
    }

    private static ProbeResult report(Settings settings, LoadResult load, List<Sample> soakSamples, List<Histogram> windows,
            GcPauses gc, int exitStatus) {
        List<ServerSample> samples = soakSamples.stream().map(Sample::server).toList();
        List<ServerSample> live = samples.stream().filter(ServerSample::heapAfterGc).toList();
        // The first live-heap sample after the warm-up (the one before the load is the idle server).
        ServerSample heapStart = live.size() > 2 ? live.get(1) : live.getFirst();
        ServerSample heapEnd = live.getLast();
        ServerSample rssStart = samples.size() > 1 ? samples.get(1) : samples.getFirst();
        ServerSample rssEnd = samples.getLast();
        long rssMax = samples.stream().mapToLong(ServerSample::rssKib).max().orElse(0);
        long heapMax = live.stream().mapToLong(ServerSample::heapUsedBytes).max().orElse(0);
        long heapAllowed = heapStart.heapUsedBytes() + Math.max(HEAP_GROWTH_FLOOR, (long) (heapStart.heapUsedBytes() * HEAP_GROWTH_ALLOWED));
        double heapChange = percentChange(heapStart.heapUsedBytes(), heapEnd.heapUsedBytes());
        double rssChange = percentChange(rssStart.rssKib(), rssEnd.rssKib());

        List<Check> checks = List.of(
                new Check("every request answered as expected (no unexpected status, loss, timeout or failed connect)",
                        load.errors() == 0, load.answered() + " answered of " + load.sent() + " sent; " + load.unexpected()
                        + " unexpected, " + load.lost() + " lost, " + load.timedOut() + " timed out, "
                        + load.connectFailures() + " failed connects" + problems(load)),
                new Check("live heap flat: at the end within 10 % (at least 2 MiB) of the start",
                        heapEnd.heapUsedBytes() <= heapAllowed, mib(heapStart.heapUsedBytes()) + " at "
                        + (int) heapStart.atSeconds() + " s, " + mib(heapEnd.heapUsedBytes()) + " at the end ("
                        + signed(heapChange) + " %), max " + mib(heapMax)),
                new Check("stops on SIGTERM with status 0", exitStatus == 0, "exit status " + exitStatus));
        List<Check> targets = List.of(
                new Check("resident memory flat: at the end within 10 % of the first sample under load",
                        rssEnd.rssKib() <= rssStart.rssKib() * 1.10, String.format("%.1f MiB, then %.1f MiB (%s %%), max %.1f MiB",
                        rssStart.rssMib(), rssEnd.rssMib(), signed(rssChange), rssMax / 1024.0)),
                new Check("GC pause p99 under 50 ms", gc.collectorPercentile(99) < 50, pauses(gc)),
                new Check("request latency p99 under 50 ms", load.latency().p99Ms() < 50, load.latency().cell()));

        StringBuilder md = new StringBuilder();
        md.append("## Settings\n\n").append(String.format("%d s at %.0f requests/s attempted (open loop) over %d keep-alive"
                + " connections; malformed requests on connections of their own. Server with its default limits, "
                + "`-Xlog:gc`. Resident memory, latency and load sampled every %d s, live heap (after `System.gc()`) every %d s"
                + " after a %d s warm-up.%n%n", settings.duration().toSeconds(), settings.rate(), settings.connections(),
                settings.sampleEvery().toSeconds(), settings.liveHeapEvery().toSeconds(), settings.warmUp().toSeconds()));
        md.append("## Load\n\n").append(LoadReport.markdown(load)).append('\n');
        md.append("## Memory and GC\n\n");
        md.append("| | start | end | max |\n|---|---|---|---|\n");
        md.append(String.format("| resident memory (MiB) | %.1f | %.1f | %.1f |%n", rssStart.rssMib(), rssEnd.rssMib(), rssMax / 1024.0));
        md.append(String.format("| live heap after full GC (MiB) | %.1f | %.1f | %.1f |%n", heapStart.heapMib(), heapEnd.heapMib(),
                heapMax / (1024.0 * 1024.0)));
        md.append(String.format("| threads | %d | %d | %d |%n", rssStart.threads(), rssEnd.threads(),
                samples.stream().mapToInt(ServerSample::threads).max().orElse(0)));
        md.append("\nGC pauses (the collector's own): ").append(pauses(gc)).append("; the probe's ")
                .append(gc.requestedPausesMs().size()).append(" `System.gc()` pauses: max ")
                .append(String.format("%.1f ms", gc.requestedMaxMs())).append(".\n\n");
        int perRow = (int) Math.max(1, Duration.ofMinutes(1).toNanos() / settings.sampleEvery().toNanos());
        md.append("Over time, a row a minute (latency of the requests answered in that minute; live heap where measured"
                + " in it):\n\n| at (s) | latency p50 / p99 / max | load average | resident (MiB) | live heap (MiB) | threads"
                + " | GC count |\n|---|---|---|---|---|---|---|\n");
        for (int end = perRow; end < soakSamples.size() + perRow - 1; end += perRow) {
            int last = Math.min(end, soakSamples.size() - 1);
            Histogram minute = new Histogram(3_600_000_000L, 3);
            String heap = "-";
            for (int i = end - perRow + 1; i <= last; i++) {
                minute.add(windows.get(i));
                if (samples.get(i).heapAfterGc()) {
                    heap = String.format("%.1f", samples.get(i).heapMib());
                }
            }
            Sample at = soakSamples.get(last);
            md.append(String.format("| %.0f | %s | %.2f | %.1f | %s | %d | %d |%n", at.server().atSeconds(),
                    Latency.ofMicros(minute).cell(), at.loadAverage(), at.server().rssMib(), heap, at.server().threads(),
                    at.server().gcCount()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("settings", settings);
        data.put("load", load);
        data.put("gc", Map.of("collectorPauses", gc.collectorPausesMs().size(), "collectorP50Ms", gc.collectorPercentile(50),
                "collectorP99Ms", gc.collectorPercentile(99), "collectorMaxMs", gc.collectorPercentile(100),
                "collectorTotalMs", gc.collectorTotalMs(), "requestedPauses", gc.requestedPausesMs().size(),
                "requestedMaxMs", gc.requestedMaxMs()));
        data.put("exitStatus", exitStatus);
        data.put("samples", soakSamples);
        String headline = String.format("%d requests over %d s, %d errors; live heap %s -> %s; RSS %.0f -> %.0f MiB;"
                + " GC pause p99 %.1f ms, max %.1f ms", load.answered(), settings.duration().toSeconds(), load.errors(),
                mib(heapStart.heapUsedBytes()), mib(heapEnd.heapUsedBytes()), rssStart.rssMib(), rssEnd.rssMib(),
                gc.collectorPercentile(99), gc.collectorPercentile(100));
        return new ProbeResult("soak", "Soak: mixed endpoints, memory and GC over time", headline, checks, targets,
                md.toString(), data);
    }

    private static String pauses(GcPauses gc) {
        return String.format("%d pauses, p50 %.2f ms, p99 %.2f ms, max %.2f ms, total %.0f ms", gc.collectorPausesMs().size(),
                gc.collectorPercentile(50), gc.collectorPercentile(99), gc.collectorPercentile(100), gc.collectorTotalMs());
    }

    private static String problems(LoadResult load) {
        return load.problems().isEmpty() ? "" : "; first: " + String.join("; ", load.problems());
    }

    private static double percentChange(long from, long to) {
        return from == 0 ? 0 : Math.round((to - from) * 1000.0 / from) / 10.0;
    }

    private static String signed(double value) {
        return (value >= 0 ? "+" : "") + value;
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
