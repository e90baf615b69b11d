package dev.peregrine.bench;

import dev.peregrine.bench.report.HtmlReport;
import dev.peregrine.bench.report.RunResults;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One benchmark run from start to finish: for each round (peers in a seeded shuffled order),
 * scenario and peer, start the peer on the server's core, check its answers, warm it up and
 * measure it with wrk, then stop it, so only the peer measured is up ({@link OneAtATime}; with
 * {@code allPeersUp} every peer is started first and stays up, {@link AllPeersUp}); then, when a
 * generator jar is given, sweep the attempted rate open loop (every peer at one rate, then every
 * peer at the next); write {@code summary.md}, {@code results.json} and {@code report.html}.
 */
public final class BenchmarkRun {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final DateTimeFormatter FOLDER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final BenchmarkSettings settings;
    private final PrintStream progress;

    /**
     * Prepares a run.
     *
     * @param settings what to run and where
     * @param progress where progress lines and the final summary go
     */
    public BenchmarkRun(BenchmarkSettings settings, PrintStream progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * Runs the benchmark and writes its results.
     *
     * @return the results folder
     * @throws IOException when the results cannot be written or the peers' directory read
     */
    public Path run() throws IOException {
        BenchmarkPlan plan = settings.plan();
        List<Peer> peers = Peer.discover(settings.peersDirectory(), settings.onlyPeers());
        Path folder = settings.resultsDirectory().resolve(LocalDateTime.now().format(FOLDER_DATE) + "-" + settings.runName());
        Path logs = Files.createDirectories(folder.resolve("logs"));
        SweepPlan sweep = settings.sweep();
        long sweepSeconds = settings.loadgenJar() == null ? 0 : sweep.estimatedSeconds(names(peers),
                settings.allPeersUp() ? 0 : BenchmarkPlan.PEER_START_SECONDS + plan.warmupSeconds());
        PeerLifecycle<PeerProcess> lifecycle = settings.allPeersUp() ? new AllPeersUp<>(launcher(peers, logs))
                : new OneAtATime<>(launcher(peers, logs));
        RunOrder order = new RunOrder(settings.seed(), lifecycle.label());
        progress.printf("Benchmark (%s): %d peers %s, %d scenarios, %d rounds of %d s, %s; about %d s. Results: %s%n",
                plan.name(), peers.size(), names(peers), plan.scenarios().size(), plan.rounds(),
                plan.durationSeconds(), settings.loadgenJar() == null ? "no rate sweep (no --loadgen)"
                        : "rate sweep " + sweep.rates() + " req/s of " + sweep.seconds() + " s",
                plan.estimatedSeconds(peers.size(), settings.allPeersUp()) + sweepSeconds, folder);
        progress.println(describe(order));

        Map<String, String> skipped = new LinkedHashMap<>();
        Thread stopper = new Thread(lifecycle::close);
        Runtime.getRuntime().addShutdownHook(stopper);
        List<RoundResult> results = new ArrayList<>();
        List<SweepStep> steps = new ArrayList<>();
        try {
            lifecycle.begin(names(peers)).forEach((name, reason) -> {
                progress.printf("  %s skipped: %s%n", name, reason);
                skipped.put(name, reason);
            });
            measure(plan, order.measurements(plan, names(peers)), lifecycle, skipped, results);
            if (settings.loadgenJar() != null) {
                sweep(sweep, plan.warmupSeconds(), lifecycle, names(peers), skipped, steps);
            }
        } finally {
            lifecycle.close();
            Runtime.getRuntime().removeShutdownHook(stopper);
        }

        List<CellSummary> summaries = summarize(plan, peers, skipped, results);
        MachineFacts facts = MachineFacts.gather(settings.proc(), settings.javaHome(), settings.javaOpts(),
                settings.wrk(), peers);
        String title = "Peregrine benchmark, " + plan.name() + " mode, " + folder.getFileName();
        String markdown = SummaryMarkdown.render(title, facts, plan, settings.baseline(), skipped, summaries, order)
                + SweepMarkdown.render(steps);
        Files.writeString(folder.resolve("summary.md"), markdown);
        RunResults recorded = new RunResults(plan, settings.baseline(), facts, skipped, summaries, results, steps,
                order);
        recorded.write(folder.resolve("results.json"));
        Path report = HtmlReport.write(folder, recorded);
        progress.println();
        progress.print(markdown);
        progress.println();
        progress.println(describe(order));
        progress.println("Report: " + report);
        return folder;
    }

    /** Starts a peer's script on the server's core, waits for it and checks every answer; stops it when wrong. */
    private PeerLauncher<PeerProcess> launcher(List<Peer> peers, Path logs) {
        Map<String, String> environment = Map.of(
                "JAVA_OPTS", settings.javaOpts(),
                "JAVA_HOME", settings.javaHome().toString(),
                "PATH", settings.javaHome().resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        return new PeerLauncher<>() {
            @Override
            public PeerProcess start(String name) throws PeerNotReady {
                Peer peer = peers.stream().filter(candidate -> candidate.name().equals(name)).findFirst().orElseThrow();
                PeerProcess process;
                try {
                    process = PeerProcess.start(peer, settings.serverCore(), environment, logs.resolve(name + ".log"));
                } catch (IOException e) {
                    throw new PeerNotReady("did not start: " + e.getMessage());
                }
                Optional<String> problem = process.awaitReady(client, READY_TIMEOUT);
                List<String> wrongAnswers = new ArrayList<>();
                if (problem.isEmpty()) {
                    for (Endpoint endpoint : Endpoint.values()) {
                        AnswerCheck.ask(client, process.base(), endpoint).ifPresent(wrongAnswers::add);
                    }
                }
                if (problem.isPresent() || !wrongAnswers.isEmpty()) {
                    process.close();
                    throw new PeerNotReady(problem.map(why -> "did not start: " + why + " (see logs/" + name + ".log)")
                            .orElse("wrong answers: " + String.join("; ", wrongAnswers)));
                }
                return process;
            }

            @Override
            public void stop(PeerProcess server) {
                server.close();
            }
        };
    }

    /**
     * Runs the measurements in order. A fresh server (started for this measurement) is warmed up
     * every time, since its JIT starts cold; a server that stays up is warmed up once per
     * scenario, before its first round. A peer that fails a start or check is skipped from then on.
     */
    private void measure(BenchmarkPlan plan, List<RunOrder.Measurement> order, PeerLifecycle<PeerProcess> lifecycle,
                         Map<String, String> skipped, List<RoundResult> results) throws IOException {
        Path scripts = Files.createTempDirectory("wrk-scripts");
        LoadGenerator generator = new LoadGenerator(settings.wrk(), settings.serverCore(), settings.generatorCore(),
                settings.ticksPerSecond(), settings.proc(), scripts);
        int done = 0;
        for (RunOrder.Measurement next : order) {
            done++;
            if (skipped.containsKey(next.peer())) {
                continue;
            }
            try {
                RoundResult result = lifecycle.serve(next.peer(), (server, fresh) -> {
                    if ((fresh || next.round() == 1) && plan.warmupSeconds() > 0) {
                        generator.run(server, next.scenario(), 0, plan.warmupSeconds());
                    }
                    return generator.run(server, next.scenario(), next.round(), plan.durationSeconds());
                });
                results.add(result);
                progress.printf("[%3d/%d] round %d  %-28s %-18s %s%n", done, order.size(), next.round(),
                        next.scenario().label(), next.peer(), describe(result));
            } catch (PeerNotReady e) {
                progress.printf("  %s skipped: %s%n", next.peer(), e.getMessage());
                skipped.put(next.peer(), e.getMessage());
            }
        }
    }

    /**
     * Runs the sweep's trials. A fresh server is first warmed up closed loop on the swept endpoint
     * for the plan's warm-up, like a measured round, before the generator's own warm-up at the step's rate.
     */
    private void sweep(SweepPlan sweep, int warmupSeconds, PeerLifecycle<PeerProcess> lifecycle, List<String> peers,
                       Map<String, String> skipped, List<SweepStep> steps) throws IOException {
        OpenLoopGenerator generator = new OpenLoopGenerator(settings.javaHome().resolve("bin").resolve("java"),
                settings.loadgenJar(), settings.serverCore(), settings.generatorCore(), settings.ticksPerSecond(),
                settings.proc());
        LoadGenerator warmer = new LoadGenerator(settings.wrk(), settings.serverCore(), settings.generatorCore(),
                settings.ticksPerSecond(), settings.proc(), Files.createTempDirectory("wrk-scripts"));
        Scenario warmup = new Scenario(sweep.endpoint(), LoadShape.keepAlive(sweep.connections()));
        List<String> measured = new ArrayList<>(peers);
        measured.removeAll(skipped.keySet());
        List<SweepPlan.Trial> trials = sweep.trials(measured);
        int done = 0;
        for (SweepPlan.Trial trial : trials) {
            done++;
            if (skipped.containsKey(trial.peer())) {
                continue;
            }
            try {
                SweepStep step = lifecycle.serve(trial.peer(), (server, fresh) -> {
                    if (fresh && warmupSeconds > 0) {
                        warmer.run(server, warmup, 0, warmupSeconds);
                    }
                    return generator.run(server, sweep, trial.rate());
                });
                steps.add(step);
                progress.printf("[%3d/%d] sweep %,8d req/s  %-18s %s%n", done, trials.size(), trial.rate(),
                        trial.peer(), describe(step));
            } catch (PeerNotReady e) {
                progress.printf("  %s skipped: %s%n", trial.peer(), e.getMessage());
                skipped.put(trial.peer(), e.getMessage());
            }
        }
    }

    private static String describe(RunOrder order) {
        return "Order: peers shuffled every round with seed " + order.seed() + " (repeat with --seed "
                + order.seed() + "); peers " + (order.lifecycle().equals("all-up")
                ? "all up for the whole run (--all-peers-up)" : "up one at a time, each started for its measurement");
    }

    private static String describe(SweepStep step) {
        if (!step.succeeded()) {
            return "FAILED: " + step.failure();
        }
        OpenLoopReport report = step.generator();
        return String.format(Locale.ROOT, "%,10.0f achieved  %6.1f µs CPU/req  p99 %s  max %s%s%s",
                report.achievedRate(), step.serverCpuMicrosPerRequest(), SummaryMarkdown.latency(report.p99Micros()),
                SummaryMarkdown.latency(report.maxMicros()), report.errors() == 0 ? "" : "  errors " + report.errors(),
                report.unsent() == 0 ? "" : "  unsent " + report.unsent());
    }

    private static String describe(RoundResult result) {
        if (!result.succeeded()) {
            return "FAILED: " + result.failure();
        }
        return String.format(Locale.ROOT, "%,10.0f req/s  %6.1f µs CPU/req  p99 %s  server core %3.0f%%  wrk core %3.0f%%%s%s",
                result.wrk().requestsPerSecond(), result.serverCpuMicrosPerRequest(),
                SummaryMarkdown.measuredLatency(result.wrk().p99Micros()), 100 * result.serverCoreBusy(),
                100 * result.generatorCoreBusy(), result.wrk().errors() == 0 ? "" : "  errors " + result.wrk().errors(),
                result.limit() == RoundLimit.SERVER ? "" : "  " + result.limit().label());
    }

    private static List<CellSummary> summarize(BenchmarkPlan plan, List<Peer> peers, Map<String, String> skipped,
                                               List<RoundResult> results) {
        List<CellSummary> summaries = new ArrayList<>();
        for (Scenario scenario : plan.scenarios()) {
            for (Peer peer : peers) {
                if (skipped.containsKey(peer.name())) {
                    continue;
                }
                List<RoundResult> cell = new ArrayList<>();
                for (RoundResult result : results) {
                    if (result.peer().equals(peer.name()) && result.endpoint().equals(scenario.endpoint().label())
                            && result.shape().equals(scenario.shape().label())) {
                        cell.add(result);
                    }
                }
                summaries.add(CellSummary.of(peer.name(), scenario, cell));
            }
        }
        return summaries;
    }

    private static List<String> names(List<Peer> peers) {
        List<String> names = new ArrayList<>();
        for (Peer peer : peers) {
            names.add(peer.name());
        }
        return names;
    }
}
