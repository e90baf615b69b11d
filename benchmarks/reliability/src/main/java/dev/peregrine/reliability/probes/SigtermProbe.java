package dev.peregrine.reliability.probes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Probe (e), {@code sigterm}: a server under keep-alive load (GETs, POSTs with bodies, and
 * responders that take 200 ms) gets SIGTERM mid-run. Every request it accepted must be answered
 * whole (200, or 503 with {@code Connection: close} once the drain began), none may be lost on a
 * connection it was serving, its own count of answers must equal what the clients received, and it
 * must exit with status 0 within the drain timeout.
 */
final class SigtermProbe {

    /**
     * @param connections keep-alive clients
     * @param loadBeforeTerm how long the load runs at least before SIGTERM
     * @param answersBeforeTerm how many answers the clients must have had before SIGTERM (a cold
     *     server on a busy machine may take a while to answer its first)
     * @param limits the server's limits (drain timeout and grace)
     */
    record Settings(int connections, Duration loadBeforeTerm, int answersBeforeTerm, ServerLimits limits) {

        static Settings full() {
            return new Settings(32, Duration.ofSeconds(10), 2_000, ServerLimits.defaults());
        }

        /**
         * NOTE: a drain grace of 2 s instead of 250 ms: a client that a busy machine delays for longer
         * than the grace between an answer and its next request finds its connection closed, and
         * cannot tell that from a request the server read and dropped.
         */
        static Settings fast() {
            return new Settings(8, Duration.ofSeconds(1), 200, ServerLimits.defaults().withDrainGrace(Duration.ofSeconds(2)));
        }
    }

    private SigtermProbe() {
    }

    static List<RequestKind> mix() {
        return List.of(
                RequestKind.get("plaintext", "/plaintext", 200, ProbeApp.HELLO.length(), 6),
                RequestKind.post("post-4k", 4096, 3),
                RequestKind.get("slow-200ms", "/slow?ms=200", 200, "slow".length(), 1));
    }

    static ProbeResult run(ProbeSetup setup, Settings settings) throws Exception {
        DrainLoad.Tally tally;
        int exitStatus;
        double exitSeconds;
        String serverCounts;
        Duration exitLimit = settings.limits().drainTimeout().plusSeconds(5);
        try (ServerProcess server = ServerProcess.start(setup, "sigterm", settings.limits(), List.of());
                ClientLoop client = new ClientLoop(1)) {
            DrainLoad load = new DrainLoad(client, server.port(), mix(), settings.connections(),
                    settings.limits().drainGrace().toNanos());
            load.start();
            Thread.sleep(settings.loadBeforeTerm().toMillis());
            for (int i = 0; i < 600 && load.answered() < settings.answersBeforeTerm(); i++) {
                Thread.sleep(100);
            }
            System.err.printf("sigterm: %d answers so far; sending SIGTERM%n", load.answered());
            load.terminating();
            long term = System.nanoTime();
            server.terminate();
            exitStatus = server.awaitExit(exitLimit);
            exitSeconds = (System.nanoTime() - term) / 1e9;
            tally = load.await(10);
            serverCounts = server.answered();
        }
        return report(settings, tally, exitStatus, exitSeconds, exitLimit, serverCounts);
    }

    private static ProbeResult report(Settings settings, DrainLoad.Tally tally, int exitStatus, double exitSeconds,
            Duration exitLimit, String serverCounts) {
        long clientOk = tally.okBeforeTerm() + tally.okAfterTerm();
        String clientCounts = "200=" + clientOk + " 503=" + tally.unavailable() + " other=0";
        List<Check> checks = new ArrayList<>();
        checks.add(new Check("SIGTERM arrived mid-load: requests were in flight", tally.inFlightAtTerm() > 0,
                tally.inFlightAtTerm() + " requests in flight when SIGTERM was sent"));
        checks.add(new Check("every accepted request answered whole: no error, no loss on a connection being served",
                tally.errors() == 0, tally.errors() + " errors" + (tally.problems().isEmpty() ? "" : "; first: "
                        + String.join("; ", tally.problems()))));
        checks.add(new Check("the server's count of answers equals what the clients received", serverCounts.equals(clientCounts),
                "server " + (serverCounts.isEmpty() ? "(said nothing)" : serverCounts) + "; clients " + clientCounts));
        checks.add(new Check("exits with status 0 within the drain timeout (" + settings.limits().drainTimeout().toSeconds()
                + " s, plus 5 s to start and stop the JVM)", exitStatus == 0,
                "exit status " + (exitStatus < 0 ? "none: still running after " + exitLimit.toSeconds() + " s" : exitStatus)
                        + String.format(" after %.2f s", exitSeconds)));

        StringBuilder md = new StringBuilder("## Settings\n\n");
        md.append(String.format("%d keep-alive clients, each sending its next request when the last is answered: GET /plaintext"
                + " (6 in 10), POST /echo with a 4 KiB JSON body (3 in 10), GET /slow?ms=200 (1 in 10). SIGTERM after %d s and"
                + " %d answers at least; a client whose connection ends reconnects until the server refuses. Server: drain timeout %d s, drain grace"
                + " %d ms.%n%n", settings.connections(), settings.loadBeforeTerm().toSeconds(),
                settings.answersBeforeTerm(), settings.limits().drainTimeout().toSeconds(), settings.limits().drainGrace().toMillis()));
        md.append("## Requests\n\n| | count |\n|---|---|\n");
        md.append("| 200 before SIGTERM | ").append(tally.okBeforeTerm()).append(" |\n");
        md.append("| in flight when SIGTERM was sent | ").append(tally.inFlightAtTerm()).append(" |\n");
        md.append("| 200 after SIGTERM (accepted before the drain began) | ").append(tally.okAfterTerm()).append(" |\n");
        md.append("| 503 with Connection: close (arrived after the drain began) | ").append(tally.unavailable()).append(" |\n");
        md.append("| **errors** (lost on a connection being served, wrong answers) | ").append(tally.errors()).append(" |\n");
        md.append("| lost before their connection's first answer (in the accept queue when the listener closed) | ")
                .append(tally.lostUnaccepted()).append(" |\n");
        md.append("| lost on a connection idle past the drain grace | ").append(tally.lostAfterGrace()).append(" |\n");
        md.append("| connects refused after SIGTERM | ").append(tally.refusedConnects()).append(" |\n\n");
        md.append(String.format("The server exited with status %d %.2f s after SIGTERM. Its own count of answers: %s;"
                + " the clients': %s.%n", exitStatus, exitSeconds, serverCounts, clientCounts));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("settings", settings);
        data.put("clients", tally);
        data.put("exitStatus", exitStatus);
        data.put("exitSeconds", exitSeconds);
        data.put("serverCounts", serverCounts);
        String headline = String.format("%d answered 200 (%d after SIGTERM), %d refused 503 + close, %d errors; exit %d after"
                + " %.2f s", clientOk, tally.okAfterTerm(), tally.unavailable(), tally.errors(), exitStatus, exitSeconds);
        return new ProbeResult("sigterm", "SIGTERM under keep-alive load", headline, checks, List.of(), md.toString(), data);
    }
}
