package dev.peregrine.bench.queues.repro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Stream;

/**
 * The reproduction's findings, from its runs: for each table, configuration and role, the round with
 * the median request rate, every round's rate and the errors of all rounds together; and the post's
 * three ratios, beside the same ratios here.
 *
 * @param setup  what was run
 * @param table1 Table 1's rows (producers only), one per configuration, in the setup's order
 * @param table2 Table 2's rows, per configuration, then per role
 * @param ratios the post's ratios and this run's
 * @param runs   the run files read, by name
 */
public record Comparison(ReproSetup setup, List<Row> table1, List<Row> table2, List<Ratio> ratios, List<String> runs) {

    /**
     * A configuration's figures for one role.
     *
     * @param config      the configuration
     * @param role        {@code producer}, {@code consumer} or {@code observer}
     * @param median      the figures of the round with the median request rate, or {@code null} when no round ran
     * @param medianRound that round's number, 0 when none
     * @param roundRates  each round's request rate, by round
     * @param errors      the errors of every round together
     * @param roundsRun   how many rounds left a result
     * @param rounds      how many rounds were asked for
     */
    public record Row(ReproSetup.Configuration config, String role, RoleFigures median, int medianRound,
                      List<Double> roundRates, ErrorTally errors, int roundsRun, int rounds) {
        /** Returns whether no round of this configuration left a result. */
        public boolean missing() {
            return median == null;
        }

        /** Returns the errors to show: the tally of all rounds, and the rounds that left no result. */
        public String errorText() {
            if (missing()) {
                return "no results";
            }
            String text = errors.text();
            if (roundsRun > 1 && errors.total() > 0) {
                text += " (" + roundsRun + " rounds)";
            }
            if (roundsRun < rounds) {
                text += "; " + (rounds - roundsRun) + " of " + rounds + " rounds left no result";
            }
            return text;
        }

        /** Returns whether the row must be marked: errors in any round, or a round without a result. */
        public boolean bad() {
            return roundsRun < rounds || errors.total() > 0;
        }
    }

    /**
     * One ratio, as the post has it and as measured here.
     *
     * @param name what is divided by what
     * @param post the post's value, {@code NaN} when the post has none
     * @param here this run's value, {@code NaN} when a side is missing
     */
    public record Ratio(String name, double post, double here) {
    }

    /**
     * Reads a results folder's {@code runs/}: {@code setup.json} and every {@code <table>-<config>-r<round>.json}.
     *
     * @param runsFolder the folder
     * @return the comparison
     * @throws IOException when a file cannot be read
     */
    public static Comparison read(Path runsFolder) throws IOException {
        ReproSetup setup = ReproSetup.read(runsFolder.resolve("setup.json"));
        List<RunFile> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(runsFolder)) {
            for (Path file : files.sorted().toList()) {
                if (RunFile.isRunName(file.getFileName().toString())) {
                    runs.add(RunFile.read(file));
                }
            }
        }
        return of(setup, runs);
    }

    /**
     * Compares runs.
     *
     * @param setup what was run
     * @param runs  the runs, in any order
     * @return the comparison
     */
    public static Comparison of(ReproSetup setup, List<RunFile> runs) {
        List<Row> table1 = new ArrayList<>();
        List<Row> table2 = new ArrayList<>();
        for (ReproSetup.Configuration config : setup.configurations()) {
            table1.add(row(config, "producer", runsOf(runs, "table1", config), setup.rounds()));
            List<RunFile> table2Runs = runsOf(runs, "table2", config);
            for (String role : List.of("producer", "consumer", "observer")) {
                table2.add(row(config, role, table2Runs, setup.rounds()));
            }
        }
        List<String> names = new ArrayList<>();
        for (RunFile run : runs) {
            names.add(run.table() + "-" + run.config() + "-r" + run.round() + ".json");
        }
        names.sort(Comparator.naturalOrder());
        return new Comparison(setup, List.copyOf(table1), List.copyOf(table2), ratios(table1), List.copyOf(names));
    }

    /** Returns Table 1's row of a configuration, or {@code null} when the setup has no such configuration. */
    public Row table1Row(String configId) {
        for (Row row : table1) {
            if (row.config().id().equals(configId)) {
                return row;
            }
        }
        return null;
    }

    private static List<RunFile> runsOf(List<RunFile> runs, String table, ReproSetup.Configuration config) {
        List<RunFile> out = new ArrayList<>();
        for (RunFile run : runs) {
            if (run.table().equals(table) && run.config().equals(config.id())) {
                out.add(run);
            }
        }
        out.sort(Comparator.comparingInt(RunFile::round));
        return out;
    }

    /**
     * The row of one role: the round with the median request rate (the lower of the two middle ones
     * when the count is even, as benchmarks/queues does), each round's rate, all rounds' errors.
     */
    static Row row(ReproSetup.Configuration config, String role, List<RunFile> runs, int rounds) {
        List<RunFile> withRole = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        ErrorTally errors = ErrorTally.NONE;
        for (RunFile run : runs) {
            RoleFigures figures = run.roles().get(role);
            if (figures != null) {
                withRole.add(run);
                rates.add(figures.requestsPerSecond());
                errors = errors.plus(figures.errors());
            }
        }
        if (withRole.isEmpty()) {
            return new Row(config, role, null, 0, List.of(), ErrorTally.NONE, 0, Math.max(rounds, 1));
        }
        List<RunFile> byRate = new ArrayList<>(withRole);
        byRate.sort(Comparator.comparingDouble(run -> run.roles().get(role).requestsPerSecond()));
        RunFile median = byRate.get((byRate.size() - 1) / 2);
        return new Row(config, role, median.roles().get(role), median.round(), List.copyOf(rates), errors, withRole.size(),
                Math.max(rounds, withRole.size()));
    }

    private static List<Ratio> ratios(List<Row> table1) {
        double watchMultiRate = figure(table1, ReproSetup.WATCH_MULTI, RoleFigures::requestsPerSecond);
        double luaRate = figure(table1, ReproSetup.LUA, RoleFigures::requestsPerSecond);
        double zaqarRate = figure(table1, ReproSetup.ZAQAR, RoleFigures::requestsPerSecond);
        double watchMultiP99 = figure(table1, ReproSetup.WATCH_MULTI, RoleFigures::p99);
        double luaP99 = figure(table1, ReproSetup.LUA, RoleFigures::p99);
        return List.of(
                new Ratio("Lua ÷ WATCH/MULTI, req/s",
                        PostFigures.LUA.requestsPerSecond() / PostFigures.WATCH_MULTI.requestsPerSecond(),
                        divide(luaRate, watchMultiRate)),
                new Ratio("WATCH/MULTI p99 ÷ Lua p99", PostFigures.WATCH_MULTI.p99() / PostFigures.LUA.p99(),
                        divide(watchMultiP99, luaP99)),
                new Ratio("Peregrine (Lua) ÷ Zaqar 15 (uWSGI), req/s", Double.NaN, divide(luaRate, zaqarRate)));
    }

    /** A figure of a configuration's median round, {@code NaN} when it has no result. */
    private static double figure(List<Row> rows, String configId, ToDoubleFunction<RoleFigures> figure) {
        for (Row row : rows) {
            if (row.config().id().equals(configId) && !row.missing()) {
                return figure.applyAsDouble(row.median());
            }
        }
        return Double.NaN;
    }

    private static double divide(double value, double base) {
        return Double.isNaN(value) || Double.isNaN(base) || base == 0 ? Double.NaN : value / base;
    }
}
