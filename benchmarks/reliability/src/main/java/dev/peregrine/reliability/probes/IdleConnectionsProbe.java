package dev.peregrine.reliability.probes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Probe (c), {@code idle}: thousands of keep-alive connections that each make one request and
 * then stay idle (the server's idle timeout raised above the probe's length). Measures the
 * server's resident memory and live heap before, with them open and after they close, per
 * connection; a normal request must still be answered while they are open, and the memory they
 * took must come back once they close.
 */
final class IdleConnectionsProbe {

    /** How much the live heap may stay above the start once every connection closed: 10 %, at least 2 MiB. */
    private static final long HEAP_RETURN_FLOOR = 2L * 1024 * 1024;

    /**
     * @param connections idle connections to hold
     * @param hold how long they stay open before the measurement
     * @param limits the server's limits (idle timeout raised, connection limit above {@code connections})
     */
    record Settings(int connections, Duration hold, ServerLimits limits) {

        static Settings full() {
            return of(10_000, Duration.ofSeconds(10));
        }

        static Settings fast() {
            return of(200, Duration.ofSeconds(1));
        }

        private static Settings of(int connections, Duration hold) {
            return new Settings(connections, hold,
                    ServerLimits.defaults().withIdleTimeout(Duration.ofMinutes(10), connections + 100));
        }
    }

    private IdleConnectionsProbe() {
    }

    static ProbeResult run(ProbeSetup setup, Settings settings) throws Exception {
        try (ServerProcess server = ServerProcess.start(setup, "idle", settings.limits(), List.of());
                ClientLoop client = new ClientLoop(1)) {
            // Warm the request path first, so the "before" heap holds its classes too.
            for (int i = 0; i < 200; i++) {
                server.get("/plaintext");
            }
            ServerSample before = server.sample(true);
            IdleCrowd crowd = new IdleCrowd(client, server.port(), settings.connections());
            long opening = System.nanoTime();
            IdleCrowd.Tally opened = crowd.open(300);
            double openSeconds = (System.nanoTime() - opening) / 1e9;
            System.err.printf("idle: %d connections answered in %.1f s; holding them %d s%n", opened.answered(), openSeconds,
                    settings.hold().toSeconds());
            Thread.sleep(settings.hold().toMillis());
            ServerSample with = server.sample(true);
            long asked = System.nanoTime();
            int normalStatus = server.get("/plaintext");
            double normalMs = (System.nanoTime() - asked) / 1e6;
            IdleCrowd.Tally held = crowd.tally();
            crowd.closeAll();
            ServerSample after = before;
            for (int i = 0; i < 300; i++) {
                after = server.sample(false);
                if (after.openConnections() <= 1) {
                    break;
                }
                Thread.sleep(100);
            }
            after = server.sample(true);
            return report(settings, before, with, after, opened, held, openSeconds, normalStatus, normalMs);
        }
    }

    private static ProbeResult report(Settings settings, ServerSample before, ServerSample with, ServerSample after,
            IdleCrowd.Tally opened, IdleCrowd.Tally held, double openSeconds, int normalStatus, double normalMs) {
        int n = settings.connections();
        double rssPerConnection = (with.rssKib() - before.rssKib()) * 1024.0 / n;
        double heapPerConnection = (double) (with.heapUsedBytes() - before.heapUsedBytes()) / n;
        double directPerConnection = (double) (with.nettyDirectBytes() - before.nettyDirectBytes()) / n;
        long heapAllowed = before.heapUsedBytes() + Math.max(HEAP_RETURN_FLOOR, before.heapUsedBytes() / 10);
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("every connection opened and had its request answered", opened.answered() == n,
                opened.answered() + " of " + n + " answered, " + opened.failed() + " failed, in " + Math.round(openSeconds * 10) / 10.0 + " s"));
        checks.add(new Check("the server holds them all open", with.openConnections() >= n,
                "server's open connections " + with.openConnections()));
        checks.add(new Check("none is closed while idle (idle timeout raised to " + settings.limits().idleTimeout().toMinutes()
                + " min)", held.closedByServer() == 0, held.closedByServer() + " closed by the server"));
        checks.add(new Check("a normal request is answered while they are open", normalStatus == 200,
                "status " + normalStatus + " in " + Math.round(normalMs * 10) / 10.0 + " ms (a new connection)"));
        checks.add(new Check("once they close, the server's connections and live heap come back (within 10 %, at least 2 MiB)",
                after.openConnections() <= 1 && after.heapUsedBytes() <= heapAllowed,
                after.openConnections() + " connections; live heap " + mib(before.heapUsedBytes()) + " before, "
                        + mib(after.heapUsedBytes()) + " after"));

        StringBuilder md = new StringBuilder("## Settings\n\n");
        md.append(String.format("%d connections opened (at most 256 connecting at once), each answered one GET /plaintext,"
                + " then held idle %d s before measuring. Server: idle timeout %d min, %d connections at most, heap measured"
                + " after `System.gc()`.%n%n", n, settings.hold().toSeconds(), settings.limits().idleTimeout().toMinutes(),
                settings.limits().maxConnections()));
        md.append("## Server memory\n\n| | before | with ").append(n).append(" idle | after closing | per idle connection |\n");
        md.append("|---|---|---|---|---|\n");
        md.append(String.format("| resident memory (VmRSS) | %.1f MiB | %.1f MiB | %.1f MiB | %.0f bytes |%n", before.rssMib(),
                with.rssMib(), after.rssMib(), rssPerConnection));
        md.append(String.format("| live heap (after full GC) | %s | %s | %s | %.0f bytes |%n", mib(before.heapUsedBytes()),
                mib(with.heapUsedBytes()), mib(after.heapUsedBytes()), heapPerConnection));
        md.append(String.format("| Netty direct buffers | %s | %s | %s | %.0f bytes |%n", mib(before.nettyDirectBytes()),
                mib(with.nettyDirectBytes()), mib(after.nettyDirectBytes()), directPerConnection));
        md.append(String.format("| threads | %d | %d | %d | |%n", before.threads(), with.threads(), after.threads()));
        md.append(String.format("| open connections | %d | %d | %d | |%n%n", before.openConnections(), with.openConnections(),
                after.openConnections()));
        md.append("The heap is fixed and touched at start (`-Xms` = `-Xmx`, `-XX:+AlwaysPreTouch`) in the full run, so the"
                + " resident memory that grows is what lives outside the heap; the kernel's socket buffers are not in it.\n");

        Map<String, Object> data = new LinkedHashMap<>();
        data.put("settings", settings);
        data.put("before", before);
        data.put("with", with);
        data.put("after", after);
        data.put("opened", opened);
        data.put("held", held);
        data.put("openSeconds", openSeconds);
        data.put("normalStatus", normalStatus);
        data.put("normalMs", normalMs);
        data.put("rssBytesPerConnection", rssPerConnection);
        data.put("heapBytesPerConnection", heapPerConnection);
        data.put("nettyDirectBytesPerConnection", directPerConnection);
        String headline = String.format("%d idle connections: RSS %.0f -> %.0f -> %.0f MiB (%.0f B each), live heap %s -> %s -> %s"
                + " (%.0f B each); normal request %d in %.0f ms", n, before.rssMib(), with.rssMib(), after.rssMib(), rssPerConnection,
                mib(before.heapUsedBytes()), mib(with.heapUsedBytes()), mib(after.heapUsedBytes()), heapPerConnection,
                normalStatus, normalMs);
        return new ProbeResult("idle", "Idle keep-alive connections: memory per connection", headline, checks, List.of(),
                md.toString(), data);
    }

    private static String mib(long bytes) {
        return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
