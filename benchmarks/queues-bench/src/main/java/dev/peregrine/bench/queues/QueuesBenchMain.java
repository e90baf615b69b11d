package dev.peregrine.bench.queues;

import dev.peregrine.bench.queues.report.JsonReport;
import dev.peregrine.bench.queues.report.ReportFolder;
import dev.peregrine.bench.queues.report.TextReport;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The command line: {@code queues-bench [options]}; {@code --help} lists them. Results go to
 * standard output (text, or JSON with {@code --json}), progress to standard error, and with
 * {@code --report DIR} into that folder.
 */
public final class QueuesBenchMain {
    private QueuesBenchMain() {
    }

    /**
     * Runs the bench.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        BenchOptions options;
        WeightedMessages messages;
        try {
            options = BenchOptions.parse(args);
            if (options.help()) {
                System.out.print(BenchOptionsParser.USAGE);
                return;
            }
            messages = options.messagesFile().map(WeightedMessages::read).orElseGet(WeightedMessages::builtIn);
        } catch (IllegalArgumentException e) {
            System.err.println("queues-bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        try {
            BenchResult result = QueuesBench.run(options, messages, System.err);
            System.out.print(options.json() ? JsonReport.render(result) : TextReport.render(result));
            if (options.reportFolder().isPresent()) {
                Path html = ReportFolder.write(options.reportFolder().get(), result);
                System.err.println("Report: " + html);
            }
        } catch (IllegalStateException | IOException e) {
            System.err.println("queues-bench: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.err.println("queues-bench: interrupted");
            System.exit(1);
        }
    }
}
