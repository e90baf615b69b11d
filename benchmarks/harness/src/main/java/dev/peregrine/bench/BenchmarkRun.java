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
 * One benchmark run from start to finish: start every peer on the server's core, check its
 * answers, then for each round, scenario and peer in turn (A B C A B C …) warm up once and
 * measure with wrk; then, when a generator jar is given, sweep the attempted rate open loop (every
 * peer at one rate, then every peer at the next); stop the peers and write {@code summary.md},
 * {@code results.json} and {@code report.html}.
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
        long sweepSeconds = settings.loadgenJar() == null ? 0 : sweep.estimatedSeconds(names(peers));
        progress.printf("Benchmark (%s): %d peers %s, %d scenarios, %d rounds of %d s, %s; about %d s. Results: %s%n",
                plan.name(), peers.size(), names(peers), plan.scenarios().size(), plan.rounds(),
                plan.durationSeconds(), settings.loadgenJar() == null ? "no rate sweep (no --loadgen)"
                        : "rate sweep " + sweep.rates() + " req/s of " + sweep.seconds() + " s",
                plan.estimatedSeconds(peers.size()) + sweepSeconds, folder);

        Map<String, String> skipped = new LinkedHashMap<>();
        List<PeerProcess> running = new ArrayList<>();
        Thread stopper = new Thread(() -> running.forEach(PeerProcess::close));
        Runtime.getRuntime().addShutdownHook(stopper);
        List<RoundResult> results = new ArrayList<>();
        List<SweepStep> steps = new ArrayList<>();
        try {
            startAndCheck(peers, logs, running, skipped);
            measure(plan, running, results);
            if (settings.loadgenJar() != null) {
                sweep(sweep, running, steps);
            }
        } finally {
            running.forEach(PeerProcess::close);
            Runtime.getRuntime().removeShutdownHook(stopper);
        }

        List<CellSummary> summaries = summarize(plan, peers, skipped, results);
        MachineFacts facts = MachineFacts.gather(settings.proc(), settings.javaHome(), settings.javaOpts(),
                settings.wrk(), peers);
        String title = "Peregrine benchmark, " + plan.name() + " mode, " + folder.getFileName();
        String markdown = SummaryMarkdown.render(title, facts, plan, settings.baseline(), skipped, summaries)
                + SweepMarkdown.render(steps);
        Files.writeString(folder.resolve("summary.md"), markdown);
        RunResults recorded = new RunResults(plan, settings.baseline(), facts, skipped, summaries, results, steps);
        recorded.write(folder.resolve("results.json"));
        Path report = HtmlReport.write(folder, recorded);
        progress.println();
        progress.print(markdown);
        progress.println();
        progress.println("Report: " + report);
        return folder;
    }

    private void startAndCheck(List<Peer> peers, Path logs, List<PeerProcess> running, Map<String, String> skipped)
            throws IOException {
        Map<String, String> environment = Map.of(
                "JAVA_OPTS", settings.javaOpts(),
                "JAVA_HOME", settings.javaHome().toString(),
                "PATH", settings.javaHome().resolve("bin") + ":" + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        List<PeerProcess> started = new ArrayList<>();
        for (Peer peer : peers) {
            progress.printf("Starting %s on core %d%n", peer.name(), settings.serverCore());
            PeerProcess process = PeerProcess.start(peer, settings.serverCore(), environment,
                    logs.resolve(peer.name() + ".log"));
            started.add(process);
            running.add(process);
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        for (PeerProcess process : started) {
            String name = process.peer().name();
            Optional<String> problem = process.awaitReady(client, READY_TIMEOUT);
            List<String> wrongAnswers = new ArrayList<>();
            if (problem.isEmpty()) {
                for (Endpoint endpoint : Endpoint.values()) {
                    AnswerCheck.ask(client, process.base(), endpoint).ifPresent(wrongAnswers::add);
                }
            }
            if (problem.isPresent() || !wrongAnswers.isEmpty()) {
                String reason = problem.map(why -> "did not start: " + why + " (see logs/" + name + ".log)")
                        .orElse("wrong answers: " + String.join("; ", wrongAnswers));
                progress.printf("  %s skipped: %s%n", name, reason);
                skipped.put(name, reason);
                process.close();
                running.remove(process);
            } else {
                progress.printf("  %s ready on %s, all %d answers right%n", name, process.base(), Endpoint.values().length);
            }
        }
    }

    private void measure(BenchmarkPlan plan, List<PeerProcess> running, List<RoundResult> results) throws IOException {
        Path scripts = Files.createTempDirectory("wrk-scripts");
        LoadGenerator generator = new LoadGenerator(settings.wrk(), settings.serverCore(), settings.generatorCore(),
                settings.ticksPerSecond(), settings.proc(), scripts);
        int total = plan.rounds() * plan.scenarios().size() * running.size();
        int done = 0;
        for (int round = 1; round <= plan.rounds(); round++) {
            for (Scenario scenario : plan.scenarios()) {
                for (PeerProcess server : running) {
                    if (round == 1 && plan.warmupSeconds() > 0) {
                        generator.run(server, scenario, 0, plan.warmupSeconds());
                    }
                    RoundResult result = generator.run(server, scenario, round, plan.durationSeconds());
                    results.add(result);
                    done++;
                    progress.printf("[%3d/%d] round %d  %-28s %-18s %s%n", done, total, round, scenario.label(),
                            server.peer().name(), describe(result));
                }
            }
        }
    }

    private void sweep(SweepPlan sweep, List<PeerProcess> running, List<SweepStep> steps) {
        OpenLoopGenerator generator = new OpenLoopGenerator(settings.javaHome().resolve("bin").resolve("java"),
                settings.loadgenJar(), settings.serverCore(), settings.generatorCore(), settings.ticksPerSecond(),
                settings.proc());
        List<String> names = new ArrayList<>();
        for (PeerProcess server : running) {
            names.add(server.peer().name());
        }
        List<SweepPlan.Trial> trials = sweep.trials(names);
        int done = 0;
        for (SweepPlan.Trial trial : trials) {
            PeerProcess server = running.get(names.indexOf(trial.peer()));
            SweepStep step = generator.run(server, sweep, trial.rate());
            steps.add(step);
            done++;
            progress.printf("[%3d/%d] sweep %,8d req/s  %-18s %s%n", done, trials.size(), trial.rate(),
                    trial.peer(), describe(step));
        }
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
