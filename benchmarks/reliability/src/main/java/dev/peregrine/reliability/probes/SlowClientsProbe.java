package dev.peregrine.reliability.probes;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.socket.SocketChannel;
import io.netty.handler.codec.http.HttpResponseDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Probe (d), {@code slow-clients}: hundreds of clients at once that upload slowly (small bodies
 * below and above the minimum body rate, bodies larger than the buffered-body limit trickled or
 * stalled) or never read a large streamed download. The server must hold no platform thread per
 * client and bounded memory while they are connected, cut each by its clock (minimum body rate,
 * body-read timeout, write timeout) with a 408 where it can still answer, serve the uploads that
 * keep to the rate, and give everything back afterwards.
 */
final class SlowClientsProbe {

    private static final int RECEIVE_BUFFER = 16 * 1024;
    private static final int FIRST_PIECE = 1024;

    /**
     * @param clientsPerKind clients of each of the five kinds
     * @param limits the server's limits
     * @param smallBody length of the small bodies (under the buffered-body limit)
     * @param belowStepBytes bytes per step of a body trickled below the minimum rate
     * @param belowStep time between those steps
     * @param aboveStepBytes bytes per step of a body trickled above the minimum rate
     * @param aboveStep time between those steps
     * @param largeBody declared length of the large bodies (over the buffered-body limit)
     * @param streamBytes length of the download nobody reads
     * @param measureAfter when, after the clients connect, the server is measured
     */
    record Settings(int clientsPerKind, ServerLimits limits, int smallBody, int belowStepBytes, Duration belowStep,
            int aboveStepBytes, Duration aboveStep, int largeBody, long streamBytes, Duration measureAfter) {

        static Settings full() {
            return new Settings(100, ServerLimits.defaults(), 4_000, 10, Duration.ofSeconds(1), 50, Duration.ofMillis(100),
                    1024 * 1024, 50L * 1024 * 1024, Duration.ofSeconds(3));
        }

        static Settings fast() {
            return new Settings(20, ServerLimits.defaults().withClientTimeouts(Duration.ofSeconds(2)), 1_000, 10,
                    Duration.ofMillis(500), 100, Duration.ofMillis(100), 1024 * 1024, 16L * 1024 * 1024, Duration.ofMillis(500));
        }
    }

    /** A kind of slow client and what the server must do with it. */
    private record Kind(SlowClient.Script script, String expected, Predicate<SlowClient> served) {
    }

    private SlowClientsProbe() {
    }

    private static List<Kind> kinds(Settings s) {
        long below = s.belowStep().toNanos();
        long above = s.aboveStep().toNanos();
        Predicate<SlowClient> cutWith408 = c -> c.status() == 408 && c.cut();
        return List.of(
                new Kind(new SlowClient.Script("small body below the minimum rate", upload(s.smallBody(), 0), s.smallBody(),
                        s.belowStepBytes(), below, true), "408, closed", cutWith408),
                new Kind(new SlowClient.Script("small body above the minimum rate", upload(s.smallBody(), 0), s.smallBody(),
                        s.aboveStepBytes(), above, true), "200 with the body's length",
                        c -> c.status() == 200 && c.answered() && c.responseBytes() == Integer.toString(s.smallBody()).length()),
                new Kind(new SlowClient.Script("large body below the minimum rate", upload(s.largeBody(), FIRST_PIECE),
                        s.largeBody() - FIRST_PIECE, s.belowStepBytes(), below, true), "408, closed", cutWith408),
                new Kind(new SlowClient.Script("large body that stops arriving", upload(s.largeBody(), FIRST_PIECE),
                        s.largeBody() - FIRST_PIECE, 0, 0, true), "408, closed", cutWith408),
                new Kind(new SlowClient.Script("download never read", ("GET /stream?bytes=" + s.streamBytes()
                        + " HTTP/1.1\r\nHost: probe\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1), 0, 0, 0, false),
                        "closed before the whole body", c -> c.cut() && c.responseBytes() < s.streamBytes()));
    }

    /** A POST head declaring {@code length} body bytes, followed by the first {@code firstPiece} of them. */
    private static byte[] upload(int length, int firstPiece) {
        return ("POST /echo HTTP/1.1\r\nHost: probe\r\nContent-Length: " + length + "\r\n\r\n" + "x".repeat(firstPiece))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /**
     * One round: the clients, the server with them connected, and the server once they are gone.
     */
    private record Round(List<SlowClient> clients, ServerSample during, ServerSample after, List<ServerSample> timeline) {
    }

    /** How many times the crowd comes: memory that the first round leaves behind and the second adds to is a leak. */
    private static final int ROUNDS = 2;

    static ProbeResult run(ProbeSetup setup, Settings settings) throws Exception {
        List<Kind> kinds = kinds(settings);
        try (ServerProcess server = ServerProcess.start(setup, "slow-clients", settings.limits(), List.of());
                ClientLoop client = new ClientLoop(1)) {
            for (int i = 0; i < 50; i++) {
                server.get("/plaintext");
            }
            ServerSample before = server.sample(true);
            List<Round> rounds = new ArrayList<>();
            for (int i = 1; i <= ROUNDS; i++) {
                rounds.add(round(server, client, settings, kinds, i));
            }
            return report(settings, kinds, before, rounds);
        }
    }

    private static Round round(ServerProcess server, ClientLoop client, Settings settings, List<Kind> kinds, int number)
            throws Exception {
        List<ServerSample> timeline = new ArrayList<>();
        EventLoop loop = client.next();
        Bootstrap bootstrap = client.bootstrap(loop).option(ChannelOption.SO_RCVBUF, RECEIVE_BUFFER);
        List<SlowClient> clients = new ArrayList<>();
        for (Kind kind : kinds) {
            for (int i = 0; i < settings.clientsPerKind(); i++) {
                SlowClient slow = new SlowClient(kind.script());
                clients.add(slow);
                bootstrap.clone().handler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel channel) {
                        channel.pipeline().addLast(new HttpResponseDecoder(), slow);
                    }
                }).connect("127.0.0.1", server.port());
            }
        }
        long start = System.nanoTime();
        Thread.sleep(settings.measureAfter().toMillis());
        ServerSample during = server.sample(true);
        System.err.printf("slow-clients round %d: with %d clients the server has %d connections, %d platform threads,"
                + " live heap %.1f MiB%n", number, clients.size(), during.openConnections(), during.platformThreads(), during.heapMib());
        timeline.add(during);
        long deadline = start + settings.limits().writeTimeout().multipliedBy(2).plusSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            boolean uploadsSettled = onLoop(loop, () -> {
                boolean settled = true;
                for (SlowClient slow : clients) {
                    // NOTE: only a served upload's connection is the client's to close; after a 408 it is the server's.
                    if (slow.script().reads() && slow.answered() && slow.status() == 200 && !slow.closed()) {
                        slow.close();
                    }
                    settled &= !slow.script().reads() || slow.closed();
                }
                return settled;
            });
            ServerSample now = server.sample(false);
            timeline.add(now);
            if (uploadsSettled && now.openConnections() <= 1) {
                break;
            }
            Thread.sleep(1_000);
        }
        onLoop(loop, () -> {
            clients.forEach(SlowClient::startReading);
            return null;
        });
        for (int i = 0; i < 150 && !onLoop(loop, () -> clients.stream().allMatch(SlowClient::closed)); i++) {
            Thread.sleep(100);
        }
        onLoop(loop, () -> {
            clients.forEach(SlowClient::close);
            return null;
        });
        ServerSample after = server.sample(true);
        System.err.printf("slow-clients round %d: after, %d connections, live heap %.1f MiB%n", number, after.openConnections(),
                after.heapMib());
        return new Round(clients, during, after, timeline);
    }

    private static <T> T onLoop(EventLoop loop, Supplier<T> action) {
        return CompletableFuture.supplyAsync(action, loop).join();
    }

    private static ProbeResult report(Settings settings, List<Kind> kinds, ServerSample before, List<Round> rounds) {
        List<SlowClient> clients = rounds.stream().flatMap(r -> r.clients().stream()).toList();
        Round first = rounds.getFirst();
        Round last = rounds.getLast();
        ServerSample during = first.during();
        int total = first.clients().size();
        List<Check> checks = new ArrayList<>();
        StringBuilder table = new StringBuilder("| client | count (all rounds) | expected | as expected | statuses |"
                + " cut by the server after (p50 / max) |\n|---|---|---|---|---|---|\n");
        Map<String, Object> byKind = new LinkedHashMap<>();
        for (Kind kind : kinds) {
            List<SlowClient> ofKind = clients.stream().filter(c -> c.script() == kind.script()).toList();
            long served = ofKind.stream().filter(kind.served()).count();
            Map<Integer, Long> statuses = new TreeMap<>();
            ofKind.forEach(c -> statuses.merge(c.status(), 1L, Long::sum));
            double[] cutTimes = ofKind.stream().filter(SlowClient::cut).mapToDouble(SlowClient::secondsToCut).sorted().toArray();
            String cutCell = cutTimes.length == 0 ? "-" : String.format("%.1f / %.1f s", cutTimes[cutTimes.length / 2],
                    cutTimes[cutTimes.length - 1]);
            checks.add(new Check(kind.script().name() + ": " + kind.expected(), served == ofKind.size(),
                    served + " of " + ofKind.size() + "; statuses " + statuses + " (0: none)"));
            table.append(String.format("| %s | %d | %s | %d | %s | %s |%n", kind.script().name(), ofKind.size(), kind.expected(),
                    served, statuses, cutCell));
            byKind.put(kind.script().name(), Map.of("count", ofKind.size(), "asExpected", served, "statuses", statuses,
                    "secondsToCut", cutTimes));
        }
        int threadGrowth = during.platformThreads() - before.platformThreads();
        // NOTE: plus one per CPU: the virtual threads' carriers may start as the clients arrive.
        int cpus = Runtime.getRuntime().availableProcessors();
        checks.add(new Check("no platform thread per client: they grow by less than a tenth of the clients plus one per CPU",
                threadGrowth < total / 10 + cpus,
                String.format("platform threads %d before, %d with %d clients connected (all threads: %d, %d)",
                        before.platformThreads(), during.platformThreads(), total, before.threads(), during.threads())));
        long perClientBound = (256 + 64) * 1024;
        long growth = (during.heapUsedBytes() - before.heapUsedBytes()) + (during.nettyDirectBytes() - before.nettyDirectBytes());
        checks.add(new Check("memory bounded: live heap plus Netty buffers grow by less than the documented bound per client"
                + " (256 KiB of body, 64 KiB unsent)", growth < perClientBound * total,
                String.format("grew %.1f MiB (%.0f bytes a client); bound %.0f MiB", growth / 1048576.0, (double) growth / total,
                        perClientBound * total / 1048576.0)));
        boolean nothingLeft = rounds.stream().allMatch(r -> r.after().openConnections() <= 1 && r.after().uploadsReading() == 0
                && r.after().streamsOpen() == 0);
        checks.add(new Check("after each round no connection, upload or stream is left", nothingLeft,
                rounds.stream().map(r -> String.format("%d connections, %d uploads, %d streams", r.after().openConnections(),
                        r.after().uploadsReading(), r.after().streamsOpen())).toList().toString()));
        long heapAllowed = first.after().heapUsedBytes() + Math.max(2L * 1024 * 1024, first.after().heapUsedBytes() / 10);
        checks.add(new Check("no leak: the live heap after the last round is within 10 % (at least 2 MiB) of the first round's",
                last.after().heapUsedBytes() <= heapAllowed, String.format("live heap %.1f MiB before, %s after the rounds",
                        before.heapMib(), rounds.stream().map(r -> String.format("%.1f MiB", r.after().heapMib())).toList())));

        StringBuilder md = new StringBuilder("## Settings\n\n");
        md.append(String.format("%d clients of each kind connect at once, in %d rounds (the second shows whether the first left"
                + " memory behind). Small bodies of %d bytes (kept whole on the event loop before a responder runs); below the"
                + " rate: %d bytes every %d ms; above: %d bytes every %d ms. Large bodies declare %d bytes (streamed to a"
                + " responder), send %d, then trickle below the rate or stop. The download nobody reads is %d bytes, to a"
                + " client with a %d-byte receive buffer. Server limits: body gap %d ms, minimum rate %d B/s after %d ms,"
                + " write timeout %d ms; dispatch on virtual threads (the default). The server is measured %d ms after the"
                + " clients connect.%n%n", settings.clientsPerKind(), ROUNDS, settings.smallBody(), settings.belowStepBytes(),
                settings.belowStep().toMillis(), settings.aboveStepBytes(), settings.aboveStep().toMillis(), settings.largeBody(),
                FIRST_PIECE, settings.streamBytes(), RECEIVE_BUFFER, settings.limits().bodyReadTimeout().toMillis(),
                settings.limits().minBodyRate(), settings.limits().bodyRateGrace().toMillis(),
                settings.limits().writeTimeout().toMillis(), settings.measureAfter().toMillis()));
        md.append("## Clients\n\n").append(table).append('\n');
        md.append("## Server\n\n| | before");
        for (int i = 1; i <= rounds.size(); i++) {
            md.append(" | round ").append(i).append(": with ").append(total).append(" clients | after round ").append(i);
        }
        md.append(" |\n|---|---").append("|---|---".repeat(rounds.size())).append("|\n");
        row(md, "open connections", before, rounds, s -> Integer.toString(s.openConnections()));
        row(md, "platform threads (JVM)", before, rounds, s -> Integer.toString(s.platformThreads()));
        row(md, "all threads (/proc)", before, rounds, s -> Integer.toString(s.threads()));
        row(md, "responders blocked reading a body (virtual threads)", before, rounds, s -> Integer.toString(s.uploadsReading()));
        row(md, "response streams being pumped (virtual threads)", before, rounds, s -> Integer.toString(s.streamsOpen()));
        row(md, "requests in flight (of 4096)", before, rounds, s -> Integer.toString(s.requestsInFlight()));
        row(md, "live heap (MiB)", before, rounds, s -> String.format("%.1f", s.heapMib()));
        row(md, "Netty direct buffers (MiB)", before, rounds, s -> String.format("%.1f", s.nettyDirectBytes() / 1048576.0));
        row(md, "resident memory (MiB)", before, rounds, s -> String.format("%.1f", s.rssMib()));
        md.append("\n## Timeline\n\n| at (s) | connections | uploads reading | streams open | requests in flight | platform"
                + " threads |\n|---|---|---|---|---|---|\n");
        for (Round round : rounds) {
            for (ServerSample sample : round.timeline()) {
                md.append(String.format("| %.0f | %d | %d | %d | %d | %d |%n", sample.atSeconds(), sample.openConnections(),
                        sample.uploadsReading(), sample.streamsOpen(), sample.requestsInFlight(), sample.platformThreads()));
            }
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("settings", settings);
        data.put("byKind", byKind);
        data.put("before", before);
        data.put("rounds", rounds.stream().map(r -> Map.of("during", r.during(), "after", r.after(), "timeline", r.timeline()))
                .toList());
        String headline = String.format("%d slow clients at once: platform threads %d -> %d, live heap + Netty buffers +%.1f MiB;"
                + " %d responders blocked on bodies and %d streams pumped on virtual threads; every client cut as expected: %s",
                total, before.platformThreads(), during.platformThreads(), growth / 1048576.0, during.uploadsReading(),
                during.streamsOpen(), checks.stream().limit(kinds.size()).allMatch(Check::passed) ? "yes" : "NO");
        return new ProbeResult("slow-clients", "Slow uploads and clients that never read", headline, checks, List.of(),
                md.toString(), data);
    }

    private static void row(StringBuilder md, String name, ServerSample before, List<Round> rounds,
            Function<ServerSample, String> cell) {
        md.append("| ").append(name).append(" | ").append(cell.apply(before));
        for (Round round : rounds) {
            md.append(" | ").append(cell.apply(round.during())).append(" | ").append(cell.apply(round.after()));
        }
        md.append(" |\n");
    }
}
