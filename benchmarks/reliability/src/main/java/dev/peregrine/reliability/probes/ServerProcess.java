package dev.peregrine.reliability.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The probe server ({@link ProbeServerMain}) in a child JVM started from this JVM's class path,
 * pinned to one CPU with {@code taskset} when the setup says so; its standard error goes to
 * {@code logs/<name>-server.log} in the results folder.
 */
final class ServerProcess implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration START_LIMIT = Duration.ofSeconds(60);

    private final Process process;
    private final long startNanos = System.nanoTime();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();
    private final CompletableFuture<String> answered = new CompletableFuture<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Path log;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
        Thread.ofPlatform().daemon().name("probe-server-out").start(this::readOutput);
    }

    /** Starts the server with {@code limits} and the setup's JVM flags plus {@code extraFlags}; returns once it listens. */
    static ServerProcess start(ProbeSetup setup, String name, ServerLimits limits, List<String> extraFlags) throws IOException {
        Path logs = Files.createDirectories(setup.outDir().resolve("logs"));
        Path log = logs.resolve(name + "-server.log");
        List<String> command = new ArrayList<>();
        if (setup.serverCpu() >= 0) {
            command.addAll(List.of("taskset", "-c", Integer.toString(setup.serverCpu())));
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(setup.serverJvmFlags());
        command.addAll(extraFlags);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ProbeServerMain.class.getName()));
        command.addAll(limits.toArgs());
        Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        ServerProcess server = new ServerProcess(process, log);
        try {
            server.port.get(START_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            server.close();
            throw new IOException("the probe server did not start within " + START_LIMIT.toSeconds() + " s; see " + log, e);
        }
        return server;
    }

    private void readOutput() {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("PORT ")) {
                    port.complete(Integer.parseInt(line.substring(5).trim()));
                } else if (line.startsWith("ANSWERED ")) {
                    answered.complete(line.substring(9));
                }
            }
        } catch (IOException ignored) {
            // NOTE: the child closed its output; whatever was not said by then is reported missing.
        }
        port.completeExceptionally(new IOException("the probe server exited before listening"));
        answered.complete("");
    }

    int port() {
        return port.join();
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
    String answered() {
        return answered.join();
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
