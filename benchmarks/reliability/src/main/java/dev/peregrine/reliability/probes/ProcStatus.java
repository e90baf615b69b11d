package dev.peregrine.reliability.probes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process's resident memory and thread count as the kernel reports them in
 * {@code /proc/<pid>/status}: every thread the JVM has (GC, compiler, event loops, carriers), and
 * every page it touched, heap or not.
 *
 * @param rssKib {@code VmRSS}, in KiB
 * @param threads {@code Threads}
 */
record ProcStatus(long rssKib, int threads) {

    /** Reads the status of process {@code pid}. */
    static ProcStatus of(long pid) {
        try {
            return parse(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/" + pid + "/status: " + e.getMessage(), e);
        }
    }

    /** Parses the text of a {@code status} file. */
    static ProcStatus parse(String status) {
        long rss = -1;
        int threads = -1;
        for (String line : status.split("\n")) {
            if (line.startsWith("VmRSS:")) {
                rss = Long.parseLong(line.substring(6).replace("kB", "").trim());
            } else if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.substring(8).trim());
            }
        }
        if (rss < 0 || threads < 0) {
            throw new IllegalStateException("no VmRSS or Threads line in the process status");
        }
        return new ProcStatus(rss, threads);
    }
}
