package dev.peregrine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs wrk on its own core against a peer and samples {@code /proc} around each run, so every
 * round comes with the server's CPU time and both cores' load over exactly wrk's window.
 */
public final class LoadGenerator {
    /** wrk gets this long beyond its duration to start, finish and print before it counts as hung. */
    private static final long GRACE_SECONDS = 30;

    private final String wrk;
    private final int serverCore;
    private final int generatorCore;
    private final long ticksPerSecond;
    private final Path proc;
    private final Path scripts;
    private final ProcessTreeCpu treeCpu;

    /**
     * Creates a generator.
     *
     * @param wrk            the wrk executable
     * @param serverCore     the core the servers are pinned to
     * @param generatorCore  the core wrk is pinned to
     * @param ticksPerSecond the kernel's clock ticks per second
     * @param proc           where proc is mounted
     * @param scripts        a directory for the generated Lua scripts
     */
    public LoadGenerator(String wrk, int serverCore, int generatorCore, long ticksPerSecond, Path proc, Path scripts) {
        this.wrk = wrk;
        this.serverCore = serverCore;
        this.generatorCore = generatorCore;
        this.ticksPerSecond = ticksPerSecond;
        this.proc = proc;
        this.scripts = scripts;
        this.treeCpu = new ProcessTreeCpu(proc);
    }

    /**
     * Builds wrk's command line: one thread pinned to the generator's core, {@code --latency} for
     * the percentiles, {@code Connection: close} or the pipelining script as the shape asks.
     *
     * @param url            the full URL to load
     * @param shape          the load shape
     * @param seconds        the run's length
     * @param pipelineScript the Lua script for pipelined shapes, ignored otherwise
     * @return the command
     */
    public List<String> command(String url, LoadShape shape, int seconds, Path pipelineScript) {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", Integer.toString(generatorCore), wrk,
                "-t1", "-c" + shape.connections(), "-d" + seconds + "s", "--latency"));
        if (shape.close()) {
            command.add("-H");
            command.add("Connection: close");
        }
        if (shape.pipelineDepth() > 1) {
            command.add("-s");
            command.add(pipelineScript.toString());
        }
        command.add(url);
        return command;
    }

    /**
     * Runs one wrk run and measures it.
     *
     * @param server   the running peer
     * @param scenario the scenario
     * @param round    the round, from 1 (0 for a warm-up)
     * @param seconds  the run's length
     * @return the result, failed rather than thrown when wrk or {@code /proc} misbehaves
     */
    public RoundResult run(PeerProcess server, Scenario scenario, int round, int seconds) {
        String peer = server.peer().name();
        try {
            Path script = pipelineScript(scenario.shape());
            List<String> command = command(server.base() + scenario.endpoint().path(), scenario.shape(), seconds, script);
            ProcSample before = sample(server.pid());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(seconds + GRACE_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return RoundResult.failed(peer, scenario, round, "wrk did not finish");
            }
            ProcSample after = sample(server.pid());
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                return RoundResult.failed(peer, scenario, round,
                        "wrk exited with status " + process.exitValue() + ": " + text.strip());
            }
            return RoundResult.measured(peer, scenario, round, WrkReport.parse(text), before, after, ticksPerSecond);
        } catch (IOException | IllegalArgumentException e) {
            return RoundResult.failed(peer, scenario, round, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RoundResult.failed(peer, scenario, round, "interrupted");
        }
    }

    private ProcSample sample(long serverPid) throws IOException {
        return ProcSample.read(proc, treeCpu, serverPid, serverCore, generatorCore);
    }

    private Path pipelineScript(LoadShape shape) throws IOException {
        if (shape.pipelineDepth() < 2) {
            return null;
        }
        Path script = scripts.resolve("pipeline-" + shape.pipelineDepth() + ".lua");
        if (!Files.exists(script)) {
            Files.writeString(script, PipelineScript.lua(shape.pipelineDepth()));
        }
        return script;
    }
}
