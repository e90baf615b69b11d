package dev.peregrine.reliability.probes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The machine a probe ran on and how busy it was: the numbers of a load probe mean little
 * without it, on a small machine shared with other work.
 *
 * @param cpus processors of the machine
 * @param javaVersion the JVM's version
 * @param serverCpu the CPU the server was pinned to, or -1
 * @param loadAverageBefore the one-minute load average when the probe started
 * @param loadAverageAfter the one-minute load average when it ended
 * @param finishedAt when it ended (ISO 8601, UTC)
 */
record Machine(int cpus, String javaVersion, int serverCpu, double loadAverageBefore, double loadAverageAfter, String finishedAt) {

    /** One-minute load average, or -1 where {@code /proc/loadavg} does not exist. */
    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The machine now; {@code cpus} as counted before this JVM was pinned to one of them. */
    static Machine after(int cpus, double loadAverageBefore, int serverCpu) {
        return new Machine(cpus, Runtime.version().toString(), serverCpu,
                loadAverageBefore, loadAverage(), Instant.now().toString());
    }

    String markdown() {
        return "Machine: " + cpus + " CPUs, Java " + javaVersion + "; "
                + (serverCpu >= 0 ? "server pinned to CPU " + serverCpu + " (taskset), load on the others" : "server not pinned")
                + "; one-minute load average " + loadAverageBefore + " before, " + loadAverageAfter + " after"
                + " (the machine is shared with other work, so timings are noisy); finished " + finishedAt + ".";
    }
}
