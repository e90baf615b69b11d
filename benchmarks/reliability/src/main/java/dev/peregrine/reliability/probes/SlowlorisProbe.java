package dev.peregrine.reliability.probes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * Probe (b), {@code slowloris}: thousands of clients that trickle a request head or a small body,
 * one byte every few seconds, kept at full strength for the whole run, while a normal client
 * sends keep-alive GETs at a steady rate. The header-read timeout must cut the slow heads and the
 * minimum body rate the slow bodies, each with a 408, and the normal client must be answered
 * throughout (its latency is the target).
 */
final class SlowlorisProbe {

    /**
     * @param headerClients slow-header clients kept open
     * @param bodyClients slow-body clients kept open
     * @param dripSeconds seconds between two bytes of a slow client
     * @param duration how long the crowd and the normal client run
     * @param normalRate the normal client's requests per second
     * @param normalConnections the normal client's keep-alive connections
     * @param connectsPerSecond the most slow clients opened per second
     * @param limits the server's limits
     * @param slackSeconds how much later than its clock a slow client may be cut and still count as cut in time
     */
    record Settings(int headerClients, int bodyClients, double dripSeconds, Duration duration, double normalRate,
            int normalConnections, int connectsPerSecond, ServerLimits limits, double slackSeconds) {

        static Settings full() {
            return new Settings(2_500, 2_500, 2.0, Duration.ofSeconds(60), 200, 4, 2_000, ServerLimits.defaults(), 5);
        }

        static Settings fast() {
            return new Settings(25, 25, 0.3, Duration.ofSeconds(6), 50, 2, 500,
                    ServerLimits.defaults().withClientTimeouts(Duration.ofSeconds(1)), 10);
        }
    }

    private SlowlorisProbe() {
    }

    static ProbeResult run(ProbeSetup setup, Settings settings) throws Exception {
        List<ServerSample> samples = new ArrayList<>();
        List<Latency> windows = new ArrayList<>();
        LoadResult normal;
        Map<SlowlorisConnection.Style, SlowlorisCrowd.Tally> tallies;
        try (ServerProcess server = ServerProcess.start(setup, "slowloris", settings.limits(), List.of());
                ClientLoop client = new ClientLoop(2)) {
            samples.add(server.sample(false));
            windows.add(Latency.ofMicros(new Histogram(3)));
            SlowlorisCrowd crowd = new SlowlorisCrowd(client, server.port(), settings.headerClients(), settings.bodyClients(),
                    settings.dripSeconds(), settings.connectsPerSecond());
            OpenLoopLoad load = new OpenLoopLoad(client, server.port(),
                    List.of(RequestKind.get("plaintext", "/plaintext", 200, ProbeApp.HELLO.length(), 1)),
                    settings.normalRate(), settings.normalConnections(), 10, 7);
            long start = System.nanoTime();
            load.start();
            crowd.start();
            long every = Math.max(1_000_000_000L, settings.duration().toNanos() / 12);
            for (long next = start + every; next < start + settings.duration().toNanos(); next += every) {
                Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
                ServerSample sample = server.sample(false);
                samples.add(sample);
                windows.add(Latency.ofMicros(load.window()));
                System.err.printf("slowloris %3.0f s: server has %d connections, %d threads, RSS %.1f MiB; normal client %s%n",
                        (System.nanoTime() - start) / 1e9, sample.openConnections(), sample.threads(), sample.rssMib(),
                        windows.getLast().cell());
            }
            Thread.sleep(Math.max(0, (start + settings.duration().toNanos() - System.nanoTime()) / 1_000_000));
            tallies = crowd.stop();
            normal = load.stop();
        }
        return report(settings, normal, tallies, samples, windows);
    }

    /** The clock that should cut a slow client of {@code style}: its byte rate is far below the minimum. */
    private static double clockSeconds(ServerLimits limits, SlowlorisConnection.Style style) {
        return style == SlowlorisConnection.Style.HEADER ? limits.headerReadTimeout().toMillis() / 1000.0
                : Math.min(limits.bodyRateGrace().toMillis(), limits.bodyReadTimeout().toMillis()) / 1000.0;
    }

    private static ProbeResult report(Settings settings, LoadResult normal, Map<SlowlorisConnection.Style, SlowlorisCrowd.Tally> tallies,
            List<ServerSample> samples, List<Latency> windows) {
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("the normal client is answered 200 every time", normal.errors() == 0 && normal.answered() > 0,
                normal.answered() + " answered of " + normal.sent() + ", " + normal.errors() + " errors"
                        + (normal.problems().isEmpty() ? "" : "; first: " + String.join("; ", normal.problems()))));
        int peakServer = samples.stream().mapToInt(ServerSample::openConnections).max().orElse(0);
        int crowdSize = settings.headerClients() + settings.bodyClients();
        checks.add(new Check("the crowd reached 90 % of its size at the server", peakServer >= crowdSize * 0.9,
                "server's peak open connections " + peakServer + " (crowd of " + crowdSize + ", sampled "
                        + samples.size() + " times)"));
        long cut = 0;
        long cut408 = 0;
        StringBuilder table = new StringBuilder("| slow client | opened | cut by the server | of which with 408 | lifetime p50 / p99 / max"
                + " | the clock | still open at the stop (oldest) | failed connects |\n|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<SlowlorisConnection.Style, SlowlorisCrowd.Tally> entry : tallies.entrySet()) {
            SlowlorisConnection.Style style = entry.getKey();
            SlowlorisCrowd.Tally tally = entry.getValue();
            double clock = clockSeconds(settings.limits(), style);
            double limit = clock + settings.slackSeconds();
            double longest = Math.round(tally.lifetime().maxMs() / 10.0) / 100.0;
            String name = style == SlowlorisConnection.Style.HEADER ? "slow head" : "slow body";
            checks.add(new Check(name + ": cut by the server, none living past its clock (" + clock + " s) plus "
                    + settings.slackSeconds() + " s", tally.cutByServer() > 0 && longest <= limit && tally.oldestAtStopSeconds() <= limit,
                    tally.cutByServer() + " cut, longest lived " + longest + " s, oldest still open at the stop "
                            + tally.oldestAtStopSeconds() + " s"));
            cut += tally.cutByServer();
            cut408 += tally.cutWith408();
            table.append(String.format("| %s | %d | %d | %d | %.2f / %.2f / %.2f s | %.1f s | %d (%.1f s) | %d |%n", name,
                    tally.opened(), tally.cutByServer(), tally.cutWith408(), tally.lifetime().p50Ms() / 1000,
                    tally.lifetime().p99Ms() / 1000, longest, clock, tally.stillOpenAtStop(), tally.oldestAtStopSeconds(),
                    tally.connectFailures()));
        }
        checks.add(new Check("every cut slow client was answered 408 before the close", cut408 == cut,
                cut408 + " of " + cut + " with 408"));
        List<Check> targets = List.of(new Check("normal client p99 under 50 ms", normal.latency().p99Ms() < 50,
                "p50 / p99 / max " + normal.latency().cell()));

        StringBuilder md = new StringBuilder("## Settings\n\n");
        md.append(String.format("%d slow-head and %d slow-body clients kept open for %d s (a cut one is replaced; at most %d"
                + " new connections a second), each sending one byte every %.1f s; the normal client sends %.0f GET /plaintext"
                + " a second, open loop, over %d keep-alive connections. Server limits: header %d ms, body gap %d ms, minimum"
                + " body rate %d B/s after %d ms, %d connections.%n%n", settings.headerClients(), settings.bodyClients(),
                settings.duration().toSeconds(), settings.connectsPerSecond(), settings.dripSeconds(), settings.normalRate(),
                settings.normalConnections(), settings.limits().headerReadTimeout().toMillis(),
                settings.limits().bodyReadTimeout().toMillis(), settings.limits().minBodyRate(),
                settings.limits().bodyRateGrace().toMillis(), settings.limits().maxConnections()));
        md.append("## Slow clients\n\n").append(table).append('\n');
        md.append("## Normal client\n\n").append(LoadReport.markdown(normal)).append('\n');
        md.append("## Over time\n\n| at (s) | server's open connections | threads | RSS (MiB) | normal client since the"
                + " previous row, p50 / p99 / max |\n|---|---|---|---|---|\n");
        for (int i = 0; i < samples.size(); i++) {
            ServerSample sample = samples.get(i);
            md.append(String.format("| %.0f | %d | %d | %.1f | %s |%n", sample.atSeconds(), sample.openConnections(),
                    sample.threads(), sample.rssMib(), windows.get(i).cell()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("settings", settings);
        data.put("slowClients", tallies);
        data.put("normalClient", normal);
        data.put("samples", samples);
        data.put("normalClientOverTime", windows);
        String headline = String.format("%d slow clients cut (%d with 408), server peak %d connections; normal client %d/%d"
                + " answered, p50 / p99 / max %s", cut, cut408, peakServer, normal.answered(), normal.sent(), normal.latency().cell());
        return new ProbeResult("slowloris", "Slowloris: slow heads and slow bodies beside a normal client", headline, checks,
                targets, md.toString(), data);
    }
}
