package dev.peregrine.reliability.probes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The folder the probes write to: {@code <probe>.md} and {@code <probe>.json} per probe, and
 * {@code summary.md}, one line per probe whose results are in the folder, rewritten after each.
 */
final class ResultsFolder {

    /** NOTE: durations as ISO 8601 text ({@code PT30M}), without Jackson's java.time module. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .registerModule(new SimpleModule().addSerializer(Duration.class, ToStringSerializer.instance));

    private final Path dir;

    ResultsFolder(Path dir) {
        this.dir = dir;
    }

    /** Writes one probe's results and brings the summary up to date. */
    void write(ProbeResult result, String command, Machine machine) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(result.probe() + ".md"), result.markdown(command, machine));
        JSON.writeValue(dir.resolve(result.probe() + ".json").toFile(), result.json(command, machine));
        writeSummary();
    }

    private void writeSummary() throws IOException {
        List<JsonNode> results = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : files) {
                JsonNode node = JSON.readTree(file.toFile());
                if (node.has("probe") && node.has("headline")) {
                    results.add(node);
                }
            }
        }
        results.sort((a, b) -> a.path("probe").asText().compareTo(b.path("probe").asText()));
        StringBuilder md = new StringBuilder("# Reliability load probes\n\n");
        md.append("Each probe attacks a Peregrine server running in a JVM of its own; see `<probe>.md` for its numbers")
                .append(" and the command that produced them, `<probe>.json` for the raw data, `logs/` for the servers' logs.")
                .append(" The machine is shared with other work, so latencies and timings are noisy.\n\n");
        md.append("| probe | verdict | result | command |\n|---|---|---|---|\n");
        for (JsonNode result : results) {
            md.append("| [").append(result.path("probe").asText()).append("](").append(result.path("probe").asText())
                    .append(".md) | ").append(result.path("passed").asBoolean() ? "PASS" : "**FAIL**").append(" | ")
                    .append(result.path("headline").asText()).append(" | `").append(result.path("command").asText())
                    .append("` |\n");
        }
        Files.writeString(dir.resolve("summary.md"), md.toString());
    }
}
