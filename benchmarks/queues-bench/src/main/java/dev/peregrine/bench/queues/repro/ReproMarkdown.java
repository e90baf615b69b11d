package dev.peregrine.bench.queues.repro;

import dev.peregrine.bench.queues.repro.Comparison.Ratio;
import dev.peregrine.bench.queues.repro.Comparison.Row;

/**
 * {@code summary.md}: Table 1 beside the post's figures, the ratios, Table 2, what shared which core,
 * the commands and the caveats. A configuration with errors in any round, or without results, says
 * so in bold in its row.
 */
public final class ReproMarkdown {
    private ReproMarkdown() {
    }

    /**
     * Renders a comparison.
     *
     * @param comparison the findings
     * @return the Markdown document
     */
    public static String render(Comparison comparison) {
        ReproSetup setup = comparison.setup();
        StringBuilder out = new StringBuilder();
        out.append("# Reproducing \"Redis Lua Scripting for Performance\", ").append(setup.date()).append("\n\n");
        out.append("Peregrine Queues on Redis with each way of posting, Zaqar 15 on the same Redis, and Peregrine Queues on ")
                .append("its embedded SQLite store for reference, driven by queues-bench (this project's zaqar-bench). ")
                .append(setup.rounds()).append(" interleaved round").append(setup.rounds() == 1 ? "" : "s")
                .append("; each row is the round with the median request rate (its number in brackets), ")
                .append("errors are those of every round together.\n\n");

        out.append("## Table 1: ").append(Cells.rate(setup.producers())).append(" producers posting one message a request\n\n");
        out.append("`-pw ").append(setup.producers()).append(" -cw 0 -ow 0 -qno 4`, ").append(Cells.seconds(setup.table1Seconds()))
                .append(" s counted after ").append(Cells.seconds(setup.warmup())).append(" s of warm-up. Latency in ms, ")
                .append("successful requests only.\n\n");
        out.append("| | req/s | mean | stdev | p99 | max | errors | req/s by round |\n");
        out.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        for (PostFigures post : new PostFigures[] {PostFigures.WATCH_MULTI, PostFigures.LUA}) {
            out.append("| ").append(post.label()).append(" | ").append(Cells.rate(post.requestsPerSecond())).append(" | ")
                    .append(Cells.ms(post.mean())).append(" | ").append(Cells.ms(post.stdev())).append(" | ")
                    .append(Cells.ms(post.p99())).append(" | ").append(Cells.ms(post.max())).append(" | (the post) | |\n");
        }
        for (Row row : comparison.table1()) {
            RoleFigures m = row.median();
            out.append("| ").append(row.config().label()).append(roundMark(row)).append(" | ")
                    .append(m == null ? "– | – | – | – | –" : Cells.rate(m.requestsPerSecond()) + " | " + Cells.ms(m.mean()) + " | "
                            + Cells.ms(m.stdev()) + " | " + Cells.ms(m.p99()) + " | " + Cells.ms(m.max()))
                    .append(" | ").append(errors(row)).append(" | ").append(Cells.rounds(row.roundRates())).append(" |\n");
        }
        out.append("\n| ratio | post | here |\n|---|---:|---:|\n");
        for (Ratio ratio : comparison.ratios()) {
            out.append("| ").append(ratio.name()).append(" | ").append(Cells.ratio(ratio.post())).append(" | ")
                    .append(Cells.ratio(ratio.here())).append(" |\n");
        }

        out.append("\n## Table 2: 10 producers, 10 observers and 10 consumers per queue, 4 queues\n\n");
        out.append("`-pw 40 -ow 40 -cw 40 -qno 4 --observer-include-claimed false`, ").append(Cells.seconds(setup.table2Seconds()))
                .append(" s counted after ").append(Cells.seconds(setup.warmup())).append(" s of warm-up. Each role's row is ")
                .append("the round with that role's median request rate. Latency in ms.\n\n");
        out.append("| configuration | role | req/s | p50 | p99 | max | errors |\n");
        out.append("|---|---|---:|---:|---:|---:|---|\n");
        for (Row row : comparison.table2()) {
            RoleFigures m = row.median();
            out.append("| ").append(row.config().label()).append(roundMark(row)).append(" | ").append(row.role()).append(" | ")
                    .append(m == null ? "– | – | – | –" : Cells.rate(m.requestsPerSecond()) + " | " + Cells.ms(m.p50()) + " | "
                            + Cells.ms(m.p99()) + " | " + Cells.ms(m.max()))
                    .append(" | ").append(errors(row)).append(" |\n");
        }

        out.append("\n## What ran where\n\n");
        setup.cores().forEach(line -> out.append("- ").append(line).append('\n'));
        out.append("\n## Commands\n\n```\n");
        setup.commands().forEach(line -> out.append(line).append('\n'));
        out.append("```\n");
        if (!setup.notes().isEmpty()) {
            out.append("\n## Notes\n\n");
            setup.notes().forEach(line -> out.append("- ").append(line).append('\n'));
        }
        out.append("\nEvery run's queues-bench JSON is under `runs/` (").append(comparison.runs().size()).append(" files).\n");
        return out.toString();
    }

    private static String roundMark(Row row) {
        return row.missing() ? "" : " [r" + row.medianRound() + "]";
    }

    private static String errors(Row row) {
        return row.bad() ? "**" + row.errorText() + "**" : row.errorText();
    }
}
