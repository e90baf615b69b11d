package dev.peregrine.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The facts a result is meaningless without: the machine, the kernel, the JDK and flags the JVM
 * peers ran with, the load generator's and the peers' versions.
 *
 * @param cpuModel     the CPU's model name
 * @param cores        the number of cores the kernel lists
 * @param kernel       the kernel release
 * @param jdk          the JDK every JVM peer ran on
 * @param javaOpts     the {@code JAVA_OPTS} every JVM peer got
 * @param wrk          wrk's version line
 * @param peerVersions each peer's version, as far as it can be told
 */
public record MachineFacts(String cpuModel, int cores, String kernel, String jdk, String javaOpts, String wrk,
                           Map<String, String> peerVersions) {
    /** Debian packages whose versions identify the system peers. */
    private static final Map<String, List<String>> SYSTEM_PACKAGES = Map.of(
            "falcon-gunicorn", List.of("python3-falcon", "gunicorn"),
            "falcon-uwsgi", List.of("python3-falcon", "uwsgi", "uwsgi-plugin-python3"),
            "nginx", List.of("nginx-light"));

    /**
     * Gathers the facts of this machine.
     *
     * @param proc     where proc is mounted
     * @param javaHome the JDK the JVM peers run on
     * @param javaOpts the flags they get
     * @param wrk      the wrk executable
     * @param peers    the peers taking part
     * @return the facts; anything that cannot be told reads {@code unknown}
     */
    public static MachineFacts gather(Path proc, Path javaHome, String javaOpts, String wrk, List<Peer> peers) {
        String cpuModel = "unknown";
        int cores = 0;
        for (String line : read(proc.resolve("cpuinfo")).split("\n")) {
            if (line.startsWith("processor")) {
                cores++;
            } else if (line.startsWith("model name") && cpuModel.equals("unknown")) {
                cpuModel = line.substring(line.indexOf(':') + 1).trim();
            }
        }
        String jdk = firstLine(javaHome.resolve("release"), "JAVA_RUNTIME_VERSION", javaHome.toString());
        Map<String, String> versions = new LinkedHashMap<>();
        for (Peer peer : peers) {
            versions.put(peer.name(), peerVersion(peer));
        }
        return new MachineFacts(cpuModel, cores, read(proc.resolve("sys/kernel/osrelease")).strip(), jdk, javaOpts,
                wrkVersion(wrk), versions);
    }

    /**
     * A peer's version: the first line printed by an executable {@code version} script beside its
     * {@code start}, else the Debian packages it runs on, else {@code not reported}.
     */
    private static String peerVersion(Peer peer) {
        Path script = peer.startScript().resolveSibling("version");
        if (Files.isExecutable(script)) {
            return firstOutputLine(List.of(script.toString()));
        }
        List<String> packages = SYSTEM_PACKAGES.get(peer.name());
        if (packages == null) {
            return "not reported";
        }
        StringBuilder versions = new StringBuilder();
        for (String name : packages) {
            versions.append(versions.isEmpty() ? "" : ", ").append(name).append(' ')
                    .append(firstOutputLine(List.of("dpkg-query", "-W", "-f", "${Version}", name)));
        }
        return versions.toString();
    }

    /** wrk prints its version with its usage and exits 1, so its status is ignored. */
    private static String wrkVersion(String wrk) {
        try {
            Process process = new ProcessBuilder(wrk, "-v").redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            int end = output.indexOf(" Copyright");
            return end < 0 ? "unknown" : output.substring(0, end).strip();
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String firstLine(Path release, String key, String fallback) {
        for (String line : read(release).split("\n")) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1).replace("\"", "");
            }
        }
        return fallback;
    }

    private static String firstOutputLine(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            process.waitFor();
            int newline = output.indexOf('\n');
            String line = newline < 0 ? output : output.substring(0, newline);
            return process.exitValue() == 0 && !line.isEmpty() ? line : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
