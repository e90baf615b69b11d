package dev.peregrine.reliability.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a fuzz run's counts as {@code http-fuzz.md} and {@code http-fuzz.json}, and each failure's reproducer under {@code failures/}. */
final class FuzzReport {

    private FuzzReport() {
    }

    /** The run's settings and outcome, as written. */
    record Run(String command, long seed, long inputs, int connections, long millis, HeapCheck heap) {
    }

    static void write(Path dir, Run run, HttpFuzzer fuzzer) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", run.command());
        json.put("seed", run.seed());
        json.put("inputs", run.inputs());
        json.put("connections", run.connections());
        json.put("seconds", run.millis() / 1000.0);
        json.put("failures", fuzzer.failureCount());
        json.put("canaryFailures", fuzzer.canaryFailures());
        if (run.heap() != null) {
            json.put("heap", Map.of("baselineBytes", run.heap().baselineBytes(), "finalBytes", run.heap().finalBytes(),
                    "toleranceBytes", run.heap().toleranceBytes(), "passed", run.heap().passed()));
        }
        Map<String, Object> categories = new LinkedHashMap<>();
        fuzzer.tallies().forEach((category, tally) -> categories.put(category.name(), Map.of(
                "inputs", tally.inputs, "answers", tally.answers, "interimAnswers", tally.interimAnswers,
                "closedByServer", tally.closedByServer, "serverTimeouts408", tally.serverTimeouts,
                "failures", tally.failures, "statuses", tally.statuses, "variants", tally.variants)));
        json.put("categories", categories);
        json.put("failureSeeds", fuzzer.failures().stream().map(failure -> failure.input().seed()).toList());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("http-fuzz.json").toFile(), json);
        Files.writeString(dir.resolve("http-fuzz.md"), markdown(run, fuzzer));
        List<FuzzFailure> failures = fuzzer.failures();
        if (!failures.isEmpty()) {
            Path failuresDir = Files.createDirectories(dir.resolve("failures"));
            for (FuzzFailure failure : failures) {
                Files.writeString(failuresDir.resolve(failure.input().seed() + ".txt"), failure.reproducer());
            }
        }
    }

    private static String markdown(Run run, HttpFuzzer fuzzer) {
        StringBuilder md = new StringBuilder("# HTTP mutation fuzzing\n\n");
        md.append("    ").append(run.command()).append("\n\n");
        md.append(String.format("%,d inputs, seed %d, %d connections at a time, %.0f s. **%s.**%n%n", run.inputs(), run.seed(),
                run.connections(), run.millis() / 1000.0, fuzzer.failureCount() == 0 ? "No failures" : fuzzer.failureCount() + " failures"));
        if (run.heap() != null) {
            md.append(String.format("Heap after GC: %.1f MiB when warm, %.1f MiB after the run (tolerance %.0f MiB): %s.%n%n",
                    mib(run.heap().baselineBytes()), mib(run.heap().finalBytes()), mib(run.heap().toleranceBytes()),
                    run.heap().passed() ? "passed" : "FAILED"));
        }
        md.append(String.format("Canary after each batch of %,d inputs: %s.%n%n", HttpFuzzer.BATCH,
                fuzzer.canaryFailures().isEmpty() ? "always answered" : String.join("; ", fuzzer.canaryFailures())));
        md.append("| Category | Inputs | Answers | 1xx | Closed by server | 408 | Failures | Statuses |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
        fuzzer.tallies().forEach((category, tally) -> md.append(String.format("| %s | %,d | %,d | %,d | %,d | %,d | %,d | %s |%n",
                category, tally.inputs, tally.answers, tally.interimAnswers, tally.closedByServer, tally.serverTimeouts,
                tally.failures, tally.statuses)));
        md.append("\n## Inputs per variant\n");
        fuzzer.tallies().forEach((category, tally) -> {
            md.append("\n**").append(category).append("**: ");
            StringBuilder variants = new StringBuilder();
            tally.variants.forEach((variant, count) -> variants.append(variants.isEmpty() ? "" : ", ").append(variant).append(" ").append(count));
            md.append(variants).append('\n');
        });
        if (!fuzzer.failures().isEmpty()) {
            md.append("\n## Failures\n\n");
            for (FuzzFailure failure : fuzzer.failures()) {
                md.append("- seed ").append(failure.input().seed()).append(" (").append(failure.input().category()).append(", ")
                        .append(failure.input().variant()).append("): ").append(failure.result().failure()).append('\n');
            }
        }
        return md.toString();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
