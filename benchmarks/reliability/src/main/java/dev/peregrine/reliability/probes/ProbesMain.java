package dev.peregrine.reliability.probes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the load probes from the command line: {@code slowloris}, {@code idle},
 * {@code slow-clients}, {@code sigterm}, {@code soak}, or {@code probes} for all of them in turn.
 * Each prints its report and writes {@code <probe>.md} and {@code <probe>.json} to {@code --out};
 * the exit status is 0 when every oracle held, 1 when one failed, 2 for a bad command line.
 *
 * <p>Options: {@code --out DIR} (required), {@code --command TEXT} (recorded in the results),
 * {@code --fast} (the tests' small numbers), {@code --duration 30m} (the soak's length; {@code s},
 * {@code m} or {@code h}), {@code --no-pin} (by default, on a machine with two or more CPUs, the
 * server is pinned to CPU 0 and this JVM, the load, to CPU 1).
 */
public final class ProbesMain {

    private static final List<String> ALL = List.of("slowloris", "idle", "slow-clients", "sigterm", "soak");

    private ProbesMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            fail("name a probe: " + String.join(", ", ALL) + ", or probes for all of them");
        }
        String probe = args[0];
        Path out = null;
        String command = "benchmarks/reliability/run " + String.join(" ", args);
        boolean fast = false;
        boolean pin = true;
        Duration soakDuration = null;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i));
                case "--command" -> command = value(args, ++i).strip();
                case "--fast" -> fast = true;
                case "--no-pin" -> pin = false;
                case "--duration" -> soakDuration = duration(value(args, ++i));
                default -> fail("unknown option " + args[i]);
            }
        }
        if (out == null) {
            fail("--out DIR is required: the folder the results go to");
        }
        List<String> probes = probe.equals("probes") ? ALL : List.of(probe);
        if (!ALL.containsAll(probes)) {
            fail("unknown probe '" + probe + "'; the probes are " + String.join(", ", ALL) + ", and probes for all");
        }
        int cpus = Runtime.getRuntime().availableProcessors();
        int serverCpu = pin ? pinLoadToCpu1() : -1;
        ProbeSetup setup = new ProbeSetup(out, serverCpu, fast ? ProbeSetup.FAST_SERVER_FLAGS : ProbeSetup.FULL_SERVER_FLAGS, fast);
        Duration soak = soakDuration != null ? soakDuration : fast ? Duration.ofSeconds(5) : Duration.ofMinutes(30);
        ResultsFolder results = new ResultsFolder(out);
        List<String> failed = new ArrayList<>();
        for (String name : probes) {
            double loadBefore = Machine.loadAverage();
            System.err.println("Running " + name + "...");
            ProbeResult result = run(name, setup, soak);
            Machine machine = Machine.after(cpus, loadBefore, serverCpu);
            results.write(result, command, machine);
            System.out.println(result.markdown(command, machine));
            if (!result.passed()) {
                failed.add(name);
            }
        }
        System.err.println(failed.isEmpty() ? "Every oracle held; results in " + out : "FAILED: " + failed + "; results in " + out);
        System.exit(failed.isEmpty() ? 0 : 1);
    }

    static ProbeResult run(String name, ProbeSetup setup, Duration soakDuration) throws Exception {
        boolean fast = setup.fast();
        return switch (name) {
            case "slowloris" -> SlowlorisProbe.run(setup, fast ? SlowlorisProbe.Settings.fast() : SlowlorisProbe.Settings.full());
            case "idle" -> IdleConnectionsProbe.run(setup, fast ? IdleConnectionsProbe.Settings.fast() : IdleConnectionsProbe.Settings.full());
            case "slow-clients" -> SlowClientsProbe.run(setup, fast ? SlowClientsProbe.Settings.fast() : SlowClientsProbe.Settings.full());
            case "sigterm" -> SigtermProbe.run(setup, fast ? SigtermProbe.Settings.fast() : SigtermProbe.Settings.full());
            case "soak" -> SoakProbe.run(setup, fast ? SoakProbe.Settings.fast(soakDuration) : SoakProbe.Settings.full(soakDuration));
            default -> throw new IllegalArgumentException("unknown probe " + name);
        };
    }

    /**
     * Pins every thread of this JVM to CPU 1 and returns 0, the CPU for the server; or -1, pinning
     * nothing, on a machine with fewer than two CPUs or without {@code taskset}.
     */
    private static int pinLoadToCpu1() throws IOException, InterruptedException {
        if (Runtime.getRuntime().availableProcessors() < 2 || !Files.isExecutable(Path.of("/usr/bin/taskset"))) {
            System.err.println("Not pinning: fewer than two CPUs, or no taskset");
            return -1;
        }
        Process taskset = new ProcessBuilder("taskset", "-a", "-p", "-c", "1", Long.toString(ProcessHandle.current().pid()))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (taskset.waitFor() != 0) {
            System.err.println("Not pinning: taskset failed");
            return -1;
        }
        return 0;
    }

    private static Duration duration(String text) {
        try {
            long amount = Long.parseLong(text.substring(0, text.length() - 1));
            return switch (text.charAt(text.length() - 1)) {
                case 's' -> Duration.ofSeconds(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            fail("--duration " + text + " is not a duration; write for example 90s, 30m or 1h");
            return null;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            fail(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void fail(String message) {
        System.err.println("error: " + message);
        System.exit(2);
    }
}
