package dev.peregrine.reliability.probes;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.EventLoop;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * A crowd of {@link SlowlorisConnection}s kept at a set size: a connection the server cuts is
 * replaced, so the server faces the whole crowd for as long as the probe runs. New connections
 * open at a bounded rate, so the crowd does not overflow the server's accept backlog. Event loop only.
 */
final class SlowlorisCrowd {

    private static final long FILL_EVERY_MILLIS = 10;
    private static final int MAX_CONNECTING = 256;

    /**
     * What happened to one style of slowloris client.
     *
     * @param opened connections opened
     * @param cutByServer connections the server closed
     * @param cutWith408 of those, the ones answered 408 first
     * @param connectFailures connections that could not be opened
     * @param peakOpen most open at once
     * @param lifetime how long the cut connections lived, from open to cut
     * @param stillOpenAtStop connections open when the probe stopped (the client then closed them)
     * @param oldestAtStopSeconds the age of the oldest of those
     */
    record Tally(long opened, long cutByServer, long cutWith408, long connectFailures, int peakOpen, Latency lifetime,
            int stillOpenAtStop, double oldestAtStopSeconds) {
    }

    private final EventLoop loop;
    private final Bootstrap bootstrap;
    private final int port;
    private final Map<SlowlorisConnection.Style, Integer> targets;
    private final long dripNanos;
    private final int connectsPerTick;
    private final Set<SlowlorisConnection> open = new HashSet<>();
    private final Map<SlowlorisConnection.Style, long[]> counts = new EnumMap<>(SlowlorisConnection.Style.class);
    private final Map<SlowlorisConnection.Style, Histogram> lifetimes = new EnumMap<>(SlowlorisConnection.Style.class);
    private final Map<SlowlorisConnection.Style, Integer> connecting = new EnumMap<>(SlowlorisConnection.Style.class);
    private final Map<SlowlorisConnection.Style, Integer> peak = new EnumMap<>(SlowlorisConnection.Style.class);
    private final Map<SlowlorisConnection.Style, Integer> openCount = new EnumMap<>(SlowlorisConnection.Style.class);
    private ScheduledFuture<?> filling;
    private boolean running;

    /**
     * @param headerClients slow-header clients to keep open
     * @param bodyClients slow-body clients to keep open
     * @param dripSeconds seconds between two bytes of a client
     * @param connectsPerSecond the most connections opened per second
     */
    SlowlorisCrowd(ClientLoop client, int port, int headerClients, int bodyClients, double dripSeconds, int connectsPerSecond) {
        this.loop = client.next();
        this.bootstrap = client.bootstrap(loop);
        this.port = port;
        this.targets = Map.of(SlowlorisConnection.Style.HEADER, headerClients, SlowlorisConnection.Style.BODY, bodyClients);
        this.dripNanos = (long) (dripSeconds * 1e9);
        this.connectsPerTick = Math.max(1, (int) (connectsPerSecond * FILL_EVERY_MILLIS / 1000));
        for (SlowlorisConnection.Style style : SlowlorisConnection.Style.values()) {
            counts.put(style, new long[4]);
            lifetimes.put(style, new Histogram(3_600_000_000L, 3));
            connecting.put(style, 0);
            peak.put(style, 0);
            openCount.put(style, 0);
        }
    }

    void start() {
        loop.execute(() -> {
            running = true;
            filling = loop.scheduleAtFixedRate(this::fill, 0, FILL_EVERY_MILLIS, TimeUnit.MILLISECONDS);
        });
    }

    private int openOf(SlowlorisConnection.Style style) {
        return openCount.get(style);
    }

    private void fill() {
        int budget = connectsPerTick;
        for (SlowlorisConnection.Style style : SlowlorisConnection.Style.values()) {
            int missing = targets.get(style) - openOf(style) - connecting.get(style);
            while (running && missing-- > 0 && budget-- > 0 && totalConnecting() < MAX_CONNECTING) {
                connect(style);
            }
        }
    }

    private int totalConnecting() {
        return connecting.values().stream().mapToInt(Integer::intValue).sum();
    }

    private void connect(SlowlorisConnection.Style style) {
        connecting.merge(style, 1, Integer::sum);
        bootstrap.clone().handler(new SlowlorisConnection(this, style, dripNanos)).connect("127.0.0.1", port)
                .addListener(done -> {
                    connecting.merge(style, -1, Integer::sum);
                    if (!done.isSuccess()) {
                        counts.get(style)[3]++;
                    }
                });
    }

    void onOpened(SlowlorisConnection connection) {
        if (!running) {
            connection.close();
            return;
        }
        open.add(connection);
        openCount.merge(connection.style(), 1, Integer::sum);
        counts.get(connection.style())[0]++;
        peak.merge(connection.style(), openOf(connection.style()), Math::max);
    }

    void onClosed(SlowlorisConnection connection, boolean byServer, long livedNanos) {
        if (!open.remove(connection)) {
            return;
        }
        openCount.merge(connection.style(), -1, Integer::sum);
        if (!byServer) {
            return;
        }
        long[] count = counts.get(connection.style());
        count[1]++;
        if (connection.answered408()) {
            count[2]++;
        }
        lifetimes.get(connection.style()).recordValue(livedNanos / 1_000);
    }

    /** Stops replacing, closes the connections left open and returns what happened per style. */
    Map<SlowlorisConnection.Style, Tally> stop() {
        CompletableFuture<Map<SlowlorisConnection.Style, Tally>> result = new CompletableFuture<>();
        loop.execute(() -> {
            running = false;
            filling.cancel(false);
            long now = System.nanoTime();
            Map<SlowlorisConnection.Style, Tally> tallies = new EnumMap<>(SlowlorisConnection.Style.class);
            List<SlowlorisConnection> left = new ArrayList<>(open);
            for (SlowlorisConnection.Style style : SlowlorisConnection.Style.values()) {
                long oldest = left.stream().filter(c -> c.style() == style).mapToLong(c -> now - c.openedNanos()).max().orElse(0);
                long[] count = counts.get(style);
                tallies.put(style, new Tally(count[0], count[1], count[2], count[3], peak.get(style),
                        Latency.ofMicros(lifetimes.get(style)), openOf(style), Math.round(oldest / 1e8) / 10.0));
            }
            open.clear();
            for (SlowlorisConnection connection : left) {
                connection.close();
            }
            result.complete(tallies);
        });
        return result.join();
    }
}
