package dev.peregrine.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the open-loop generator ({@code loadgen.jar}) on its own core against a peer for one rate
 * step and samples {@code /proc} when the step's window begins (the generator announces it after
 * its warm-up) and when its report arrives, so the server's CPU covers only the measured requests.
 */
public final class OpenLoopGenerator {
    /** The generator gets this long beyond its warm-up and window to start, drain and print. */
    private static final long GRACE_SECONDS = 40;
    /** The generator's own JVM flags: the same GC choice as the peers, Netty's native transport allowed. */
    private static final List<String> JVM_FLAGS = List.of("--enable-native-access=ALL-UNNAMED",
            "--sun-misc-unsafe-memory-access=allow", "-XX:+UseParallelGC", "-Xms256m", "-Xmx256m");

    private final Path java;
    private final Path jar;
    private final int serverCore;
    private final int generatorCore;
    private final long ticksPerSecond;
    private final Path proc;
    private final ProcessTreeCpu treeCpu;

    /**
     * Creates a generator runner.
     *
     * @param java           the java executable the generator runs on
     * @param jar            the generator's jar, {@code benchmarks/loadgen/target/loadgen.jar}
     * @param serverCore     the core the servers are pinned to
     * @param generatorCore  the core the generator is pinned to
     * @param ticksPerSecond the kernel's clock ticks per second
     * @param proc           where proc is mounted
     */
    public OpenLoopGenerator(Path java, Path jar, int serverCore, int generatorCore, long ticksPerSecond, Path proc) {
        this.java = java;
        this.jar = jar;
        this.serverCore = serverCore;
        this.generatorCore = generatorCore;
        this.ticksPerSecond = ticksPerSecond;
        this.proc = proc;
        this.treeCpu = new ProcessTreeCpu(proc);
    }

    /**
     * Builds the generator's command line for one step.
     *
     * @param url  the full URL to load
     * @param plan the sweep's plan, for the window, warm-up and connections
     * @param rate the step's attempted rate
     * @return the command
     */
    public List<String> command(String url, SweepPlan plan, long rate) {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", Integer.toString(generatorCore),
                java.toString()));
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-jar", jar.toString(), "--url", url, "--rates", Long.toString(rate),
                "--seconds", Integer.toString(plan.seconds()), "--connections", Integer.toString(plan.connections()),
                "--warmup-seconds", Integer.toString(plan.warmupSeconds())));
        return command;
    }

    /**
     * Runs one step and measures it.
     *
     * @param server the running peer
     * @param plan   the sweep's plan
     * @param rate   the step's attempted rate
     * @return the step, failed rather than thrown when the generator or {@code /proc} misbehaves
     */
    public SweepStep run(PeerProcess server, SweepPlan plan, long rate) {
        String peer = server.peer().name();
        Endpoint endpoint = plan.endpoint();
        List<String> command = command(server.base() + endpoint.path(), plan, rate);
        Process process = null;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String windowStarts = "loadgen: " + rate + " req/s for ";
            ProcSample before = null;
            OpenLoopReport report = null;
            ProcSample after = null;
            StringBuilder output = new StringBuilder();
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith(windowStarts)) {
                        before = ProcSample.read(proc, treeCpu, server.pid(), serverCore, generatorCore);
                    } else if (line.startsWith("{") && report == null) {
                        after = ProcSample.read(proc, treeCpu, server.pid(), serverCore, generatorCore);
                        report = OpenLoopReport.parse(line);
                    } else {
                        output.append(line).append('\n');
                    }
                }
            }
            if (!process.waitFor(plan.warmupSeconds() + plan.seconds() + GRACE_SECONDS, TimeUnit.SECONDS)) {
                return SweepStep.failed(peer, endpoint, rate, "the generator did not finish");
            }
            if (process.exitValue() != 0 || report == null || before == null) {
                return SweepStep.failed(peer, endpoint, rate, "the generator exited with status "
                        + process.exitValue() + " without a report: " + output.toString().strip());
            }
            return SweepStep.measured(peer, endpoint, report, before, after, ticksPerSecond);
        } catch (IOException | IllegalArgumentException e) {
            return SweepStep.failed(peer, endpoint, rate, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SweepStep.failed(peer, endpoint, rate, "interrupted");
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
        }
    }
}
