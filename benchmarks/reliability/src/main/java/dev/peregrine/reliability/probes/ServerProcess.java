package dev.peregrine.reliability.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The probe server ({@link ProbeServerMain}) in a child JVM started from this JVM's class path,
 * pinned to one CPU with {@code taskset} when the setup says so; its standard error goes to
 * {@code logs/<name>-server.log} in the results folder, its standard output (the port, the answer
 * counts) to {@code logs/<name>-server.out}.
 */
final class ServerProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final long startNanos = System.nanoTime();
    private final Path out;
    private int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Path log;

    private ServerProcess(Process process, Path log, Path out) {
        this.process = process;
        this.log = log;
        this.out = out;
    }

    /**
     * Starts the server with {@code limits} and the setup's JVM flags plus {@code extraFlags}, logging
     * its GC to {@link #gcLog} and its safepoints beside it; returns once it listens.
     */
    static ServerProcess start(ProbeSetup setup, String name, ServerLimits limits, List<String> extraFlags) throws IOException {
        Path logs = Files.createDirectories(setup.outDir().resolve("logs"));
        Path log = logs.resolve(name + "-server.log");
        Path out = logs.resolve(name + "-server.out");
        List<String> command = new ArrayList<>();
        if (setup.serverCpu() >= 0) {
            command.addAll(List.of("taskset", "-c", Integer.toString(setup.serverCpu())));
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(setup.serverJvmFlags());
        // The GC log and safepoint log, to tell a stall of the JVM from a stall of the server.
        command.add("-Xlog:gc:file=" + gcLog(setup, name) + "::filecount=0");
        command.add("-Xlog:safepoint:file=" + logs.resolve(name + "-safepoint.log") + "::filecount=0");
        command.addAll(extraFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ProbeServerMain.class.getName()));
        command.addAll(limits.toArgs());
        // NOTE: the child's output goes to a file, not a pipe: when a child exits, the JDK closes the
        // pipe under a thread blocked reading it, and the last lines (the answer counts) are lost.
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).redirectOutput(out.toFile()).start();
        ServerProcess server = new ServerProcess(process, log, out);
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while ((server.port = server.portSaid()) == 0) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                server.close();
                throw new IOException("the probe server did not start within " + START_LIMIT.toSeconds() + " s; see " + log);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while the probe server started", e);
            }
        }
        return server;
    }

    /** Where the server called {@code name} writes its GC log ({@code -Xlog:gc}). */
    static Path gcLog(ProbeSetup setup, String name) {
        return setup.outDir().resolve("logs").resolve(name + "-gc.log");
    }

    /** The line of the child's output that starts with {@code prefix}, without it; {@code null} when there is none yet. */
    private String said(String prefix) throws IOException {
        for (String line : Files.readAllLines(out)) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).strip();
            }
        }
        return null;
    }

    private int portSaid() throws IOException {
        String said = said("PORT ");
        return said == null ? 0 : Integer.parseInt(said);
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    Path log() {
        return log;
    }

    /** The server now, the heap measured after a full GC when {@code collect}. */
    ServerSample sample(boolean collect) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/diagnostics?gc=" + collect))
                .timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET /diagnostics answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode gauges = JSON.readTree(response.body());
        return ServerSample.of((System.nanoTime() - startNanos) / 1e9, ProcStatus.of(pid()), gauges);
    }

    /** Sends a GET on a connection of its own and returns the status, or -1 when it failed. */
    int get(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path))
                    .timeout(Duration.ofSeconds(30)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** Sends SIGTERM. */
    void terminate() {
        process.destroy();
    }

    /** Waits for the child to exit; returns its status, or -1 when it is still running after {@code limit}. */
    int awaitExit(Duration limit) throws InterruptedException {
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    /**
     * What the server counted as answered ({@link AnswerTally#line()}), once it has exited: for
     * example {@code 200=12 503=3 other=0}; empty when it never said.
     */
    String answered() throws IOException {
        String said = said("ANSWERED ");
        return said == null ? "" : said;
    }

    @Override
    public void close() {
        http.close();
        if (process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
