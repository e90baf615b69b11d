package dev.peregrine.bench;

import dev.peregrine.bench.report.HtmlReport;
import dev.peregrine.bench.report.RunResults;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The harness's command line.
 *
 * <pre>
 * java -jar harness.jar [--fast | --full] [--peers-dir DIR] [--results-dir DIR] [--only a,b]
 *                       [--scenarios json:keep-alive:c64,json:close:c64] [--name NAME]
 *                       [--baseline netty] [--java-home DIR] [--java-opts "FLAGS"] [--wrk PATH]
 *                       [--loadgen benchmarks/loadgen/target/loadgen.jar] [--seed N]
 *                       [--all-peers-up | --both-ways]
 * java -jar harness.jar --report RESULTS_FOLDER
 * </pre>
 *
 * <p>Without {@code --loadgen} the open-loop rate sweep is left out and only wrk's rounds run.
 * {@code --scenarios} measures the named scenarios ({@link Scenario#key()}) instead of the mode's,
 * with the mode's rounds and lengths; {@code --name} names the results folder
 * {@code <date>-<name>} instead of {@code <date>-<mode>}.
 *
 * <p>Only the peer measured is up unless {@code --all-peers-up} keeps every peer up for the whole
 * run; {@code --both-ways} runs the plan twice in one invocation, all peers up and then one at a
 * time, with the same seed and without the sweep, into {@code <date>-<name>-all-up} and
 * {@code <date>-<name>-one-at-a-time}. {@code --seed} repeats an earlier run's peer order; without
 * it a random seed is drawn, printed and recorded in {@code results.json}.
 *
 * <p>The second form runs nothing: it renders the folder's {@code summary.md} and {@code report.html}
 * again from its {@code results.json}, under the current rules for limits, spreads and bounds.
 */
public final class BenchmarkMain {
    private BenchmarkMain() {
    }

    /**
     * Runs the benchmark; exits 2 naming the problem and its fix when the command line or the
     * machine cannot run it.
     *
     * @param args the options above
     * @throws IOException when results cannot be written
     */
    public static void main(String[] args) throws IOException {
        if (args.length > 0 && args[0].equals("--report")) {
            renderReport(args);
            return;
        }
        List<BenchmarkSettings> runs;
        try {
            runs = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
            return;
        }
        for (BenchmarkSettings settings : runs) {
            new BenchmarkRun(settings, System.out).run();
        }
    }

    private static void renderReport(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("error: --report takes one results folder and no other option,"
                    + " for example --report benchmarks/results/2026-11-23-1446-fast.");
            System.exit(2);
            return;
        }
        try {
            Path folder = Path.of(args[1]);
            RunResults results = RunResults.read(folder.resolve("results.json"));
            System.out.println("Summary: " + SummaryMarkdown.write(folder, results));
            System.out.println("Report: " + HtmlReport.write(folder, results));
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Reads the command line and checks the machine can run it.
     *
     * @param args the options
     * @return the runs to do in turn: one, or two with {@code --both-ways}
     * @throws IllegalArgumentException naming the problem and the fix
     */
    static List<BenchmarkSettings> parse(String[] args) throws IOException {
        String mode = "fast";
        Path peersDirectory = Path.of("benchmarks/peers");
        Path resultsDirectory = Path.of("benchmarks/results");
        List<String> only = new ArrayList<>();
        List<Scenario> scenarios = new ArrayList<>();
        String name = null;
        String baseline = "netty";
        Path javaHome = Path.of(System.getProperty("java.home"));
        String javaOpts = BenchmarkSettings.DEFAULT_JAVA_OPTS;
        String wrk = "wrk";
        Path loadgenJar = null;
        long seed = new Random().nextLong();
        PeersUp peersUp = PeersUp.ONE_AT_A_TIME;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--fast" -> mode = "fast";
                case "--full" -> mode = "full";
                case "--peers-dir" -> peersDirectory = Path.of(value(args, ++i));
                case "--results-dir" -> resultsDirectory = Path.of(value(args, ++i));
                case "--only" -> only = List.of(value(args, ++i).split(","));
                case "--scenarios" -> scenarios = scenarios(value(args, ++i));
                case "--name" -> name = runName(value(args, ++i));
                case "--baseline" -> baseline = value(args, ++i);
                case "--java-home" -> javaHome = Path.of(value(args, ++i));
                case "--java-opts" -> javaOpts = value(args, ++i);
                case "--wrk" -> wrk = value(args, ++i);
                case "--loadgen" -> loadgenJar = Path.of(value(args, ++i));
                case "--seed" -> seed = seed(value(args, ++i));
                case "--all-peers-up" -> peersUp = PeersUp.ALL;
                case "--both-ways" -> peersUp = PeersUp.BOTH_WAYS;
                default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'; use --fast, --full,"
                        + " --report (first and alone), --peers-dir, --results-dir, --only, --scenarios, --name,"
                        + " --baseline, --java-home, --java-opts, --wrk, --loadgen, --seed, --all-peers-up or"
                        + " --both-ways.");
            }
        }
        if (!Files.isDirectory(peersDirectory)) {
            throw new IllegalArgumentException("No peers directory " + peersDirectory.toAbsolutePath()
                    + "; build the peers (benchmarks/peers/build) or pass --peers-dir.");
        }
        if (Runtime.getRuntime().availableProcessors() < 2) {
            throw new IllegalArgumentException("The benchmark pins servers to core 0 and wrk to core 1, but this"
                    + " process sees one core; run it on a machine (or cpuset) with two.");
        }
        if (!onPath(wrk)) {
            throw new IllegalArgumentException("wrk is not installed; run benchmarks/peers/install-system-peers"
                    + " or apt-get install wrk.");
        }
        if (loadgenJar != null && !Files.isRegularFile(loadgenJar)) {
            throw new IllegalArgumentException("No generator jar " + loadgenJar.toAbsolutePath() + "; build it with"
                    + " mvn -pl benchmarks/loadgen -am package -DskipTests, or leave out --loadgen to skip the sweep.");
        }
        BenchmarkPlan plan = BenchmarkPlan.named(mode);
        BenchmarkSettings settings = new BenchmarkSettings(scenarios.isEmpty() ? plan : plan.withScenarios(scenarios),
                SweepPlan.named(mode), loadgenJar, peersDirectory, resultsDirectory, name == null ? mode : name, only,
                baseline, javaHome, javaOpts, wrk, 0, 1, clockTicksPerSecond(), Path.of("/proc"), seed,
                peersUp == PeersUp.ALL);
        return peersUp == PeersUp.BOTH_WAYS ? List.of(settings.comparisonHalf(true), settings.comparisonHalf(false))
                : List.of(settings);
    }

    /** What the command line asked for: only the measured peer up, every peer up, or one run of each. */
    private enum PeersUp { ONE_AT_A_TIME, ALL, BOTH_WAYS }

    /** A seed for the peers' shuffled order, as printed by an earlier run. */
    static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Seed '" + value + "' is not a whole number; pass the one an earlier"
                    + " run printed, for example --seed 42.");
        }
    }

    /** The scenarios of a comma-separated list of {@link Scenario#key()}s, in its order. */
    static List<Scenario> scenarios(String list) {
        List<Scenario> scenarios = new ArrayList<>();
        for (String key : list.split(",")) {
            Scenario scenario = Scenario.parse(key.strip());
            if (scenarios.contains(scenario)) {
                throw new IllegalArgumentException("Scenario '" + key.strip() + "' is named twice in --scenarios;"
                        + " name each once.");
            }
            scenarios.add(scenario);
        }
        return scenarios;
    }

    /** A run's name, which ends its results folder's name: letters, digits and dashes only. */
    static String runName(String name) {
        if (name.isEmpty() || !name.chars().allMatch(c -> c == '-' || Character.isLetterOrDigit(c))) {
            throw new IllegalArgumentException("Run name '" + name + "' cannot end a folder's name; use letters,"
                    + " digits and dashes, for example --name tuning.");
        }
        return name;
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException("Option '" + args[index - 1] + "' needs a value.");
        }
        return args[index];
    }

    private static boolean onPath(String executable) {
        if (executable.contains("/")) {
            return Files.isExecutable(Path.of(executable));
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, executable))) {
                return true;
            }
        }
        return false;
    }

    /** Asks {@code getconf CLK_TCK}; Linux has used 100 on every common architecture for decades. */
    private static long clockTicksPerSecond() throws IOException {
        Process process = new ProcessBuilder("getconf", "CLK_TCK").start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        try {
            process.waitFor();
            return process.exitValue() == 0 ? Long.parseLong(output) : 100;
        } catch (InterruptedException | NumberFormatException e) {
            return 100;
        }
    }
}
