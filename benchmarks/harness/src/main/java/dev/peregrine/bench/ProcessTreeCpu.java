package dev.peregrine.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the CPU time a server spends: its own and that of every descendant (gunicorn's and
 * uwsgi's workers, nginx's worker), read from {@code /proc}.
 */
public final class ProcessTreeCpu {
    private final Path proc;

    /**
     * Creates a reader of the given proc file system.
     *
     * @param proc where proc is mounted, normally {@code /proc}
     */
    public ProcessTreeCpu(Path proc) {
        this.proc = proc;
    }

    /**
     * Returns the CPU time of the process and its descendants now, in clock ticks.
     *
     * @param root the server's process id
     * @return user plus system ticks of the tree, reaped children included
     * @throws IOException when {@code /proc} cannot be listed
     */
    public long ticks(long root) throws IOException {
        return treeTicks(root, readAll());
    }

    /**
     * Adds up the ticks of {@code root} and of every process descending from it. Each live
     * process counts its own time plus that of children it has reaped, so nothing counts twice.
     *
     * @param root      the tree's root process id
     * @param processes every process on the machine
     * @return the tree's ticks, zero when the root is not among the processes
     */
    public static long treeTicks(long root, List<ProcessStat> processes) {
        Map<Long, List<ProcessStat>> children = new HashMap<>();
        ProcessStat rootStat = null;
        for (ProcessStat process : processes) {
            children.computeIfAbsent(process.parent(), parent -> new ArrayList<>()).add(process);
            if (process.pid() == root) {
                rootStat = process;
            }
        }
        if (rootStat == null) {
            return 0;
        }
        long total = 0;
        List<ProcessStat> pending = new ArrayList<>(List.of(rootStat));
        while (!pending.isEmpty()) {
            ProcessStat process = pending.removeLast();
            total += process.ticks();
            pending.addAll(children.getOrDefault(process.pid(), List.of()));
        }
        return total;
    }

    private List<ProcessStat> readAll() throws IOException {
        List<ProcessStat> processes = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(proc)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && Character.isDigit(name.charAt(0))) {
                    try {
                        processes.add(ProcessStat.parse(Files.readString(entry.resolve("stat")).trim()));
                    } catch (IOException gone) {
                        // NOTE: a process may exit between the listing and the read; it is simply not counted.
                    }
                }
            }
        }
        return processes;
    }
}
