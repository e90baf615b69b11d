package dev.peregrine.bench.queues.repro;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders the reproduction's report from a results folder's runs:
 * {@code java -cp queues-bench.jar dev.peregrine.bench.queues.repro.ReproReportMain RESULTS_FOLDER}.
 * {@code benchmarks/queues-repro/run} calls it after the runs and for {@code --report DIR}. Prints
 * {@code summary.md}.
 */
public final class ReproReportMain {
    private ReproReportMain() {
    }

    /**
     * Writes the report.
     *
     * @param args the results folder
     */
    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ReproReportMain RESULTS_FOLDER (the folder whose runs/ holds setup.json and the runs)");
            System.exit(2);
            return;
        }
        Path folder = Path.of(args[0]);
        if (!Files.isRegularFile(folder.resolve("runs/setup.json"))) {
            System.err.println("queues-repro: no " + folder.resolve("runs/setup.json")
                    + ": give the results folder benchmarks/queues-repro/run wrote");
            System.exit(2);
            return;
        }
        try {
            ReproReport.write(folder);
            System.out.print(Files.readString(folder.resolve("summary.md")));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("queues-repro: " + e.getMessage());
            System.exit(1);
        }
    }
}
