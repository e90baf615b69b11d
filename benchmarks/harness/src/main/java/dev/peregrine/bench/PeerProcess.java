package dev.peregrine.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A running peer: its {@code start} script launched on the server's core with a free port,
 * logging to a file, until {@link #close()} stops it and everything it started.
 */
public final class PeerProcess implements AutoCloseable {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(200);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final Peer peer;
    private final int port;
    private final Process process;

    private PeerProcess(Peer peer, int port, Process process) {
        this.peer = peer;
        this.port = port;
        this.process = process;
    }

    /**
     * Launches {@code taskset -c CORE start PORT} (or {@code start PORT} when {@code core} is negative).
     *
     * @param peer        the peer to start
     * @param core        the core to pin it to, or -1 to leave it unpinned
     * @param environment variables added to the harness's own, such as {@code JAVA_OPTS}
     * @param log         the file its standard output and error are appended to, so a peer
     *                    started once per measurement keeps every start's output
     * @return the running peer
     * @throws IOException when no port is free or the script cannot be run
     */
    public static PeerProcess start(Peer peer, int core, Map<String, String> environment, Path log)
            throws IOException {
        int port = freePort();
        String script = peer.startScript().toString();
        List<String> command = core < 0 ? List.of(script, Integer.toString(port))
                : List.of("taskset", "-c", Integer.toString(core), script, Integer.toString(port));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(peer.startScript().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        return new PeerProcess(peer, port, builder.start());
    }

    /** Returns the peer this process runs. */
    public Peer peer() {
        return peer;
    }

    /** Returns the server's process id (the start script execs it, so it is the script's). */
    public long pid() {
        return process.pid();
    }

    /** Returns the peer's origin, for example {@code http://127.0.0.1:40123}. */
    public URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /**
     * Waits until {@code GET /plaintext} answers 200, the contract's sign of readiness.
     *
     * @param client  the client to ask with
     * @param timeout how long to wait at most
     * @return empty when ready, otherwise why not (exited, or still not answering)
     */
    public Optional<String> awaitReady(HttpClient client, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest probe = HttpRequest.newBuilder(base().resolve("/plaintext"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                return Optional.of("its start script exited with status " + process.exitValue()
                        + " before answering");
            }
            try {
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Optional.empty();
                }
            } catch (IOException notYet) {
                // NOTE: refused connections are expected until the server has bound its port.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.of("interrupted while waiting for it");
            }
            sleep(POLL_INTERVAL);
        }
        return Optional.of("GET /plaintext did not answer 200 within " + timeout.toSeconds() + " s");
    }

    /** Stops the server with SIGTERM, and with SIGKILL whatever of it is left after a grace period. */
    @Override
    public void close() {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        for (ProcessHandle descendant : descendants) {
            descendant.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
