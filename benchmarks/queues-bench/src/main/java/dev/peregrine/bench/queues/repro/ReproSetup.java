package dev.peregrine.bench.queues.repro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code benchmarks/queues-repro/run} ran, as it writes it to {@code runs/setup.json}: the
 * settings, the configurations in their order, which core ran what, and the commands. The report
 * reads it back, so a re-render ({@code --report DIR}) needs nothing but the runs folder.
 *
 * @param date           the day the run started
 * @param rounds         rounds asked for
 * @param warmup         seconds of warm-up before each run's counted time
 * @param table1Seconds  counted seconds of Table 1's runs
 * @param table2Seconds  counted seconds of Table 2's runs
 * @param producers      Table 1's producers
 * @param configurations the configurations, in the order the tables list them
 * @param cores          one line per core: what ran on it
 * @param commands       the commands, one per line
 * @param notes          caveats the report repeats
 */
public record ReproSetup(String date, int rounds, double warmup, double table1Seconds, double table2Seconds,
                         int producers, List<Configuration> configurations, List<String> cores, List<String> commands,
                         List<String> notes) {

    /** The configuration ids the ratios are taken between. */
    static final String WATCH_MULTI = "peregrine-watch-multi";
    static final String LUA = "peregrine-lua";
    static final String ZAQAR = "zaqar-uwsgi";

    /**
     * One configuration: a service and its store.
     *
     * @param id      its id in run file names, e.g. {@code peregrine-lua}
     * @param label   its name in tables
     * @param chart   its name in charts, short enough for their labels (about 16 characters)
     * @param kind    its colour: {@code peregrine} for Peregrine Queues, {@code baseline} for Zaqar
     * @param command how it was started
     */
    public record Configuration(String id, String label, String chart, String kind, String command) {
    }

    /**
     * Reads {@code setup.json}.
     *
     * @param file the file
     * @return the setup
     * @throws IOException when it cannot be read
     */
    static ReproSetup read(Path file) throws IOException {
        return parse(new ObjectMapper().readTree(file.toFile()));
    }

    /** Reads the setup from its document. */
    static ReproSetup parse(JsonNode root) {
        List<Configuration> configurations = new ArrayList<>();
        for (JsonNode c : root.path("configurations")) {
            configurations.add(new Configuration(c.path("id").asText(), c.path("label").asText(),
                    c.path("chart").asText(c.path("label").asText()), c.path("kind").asText("peregrine"), c.path("command").asText()));
        }
        return new ReproSetup(root.path("date").asText(), root.path("rounds").asInt(), root.path("warmup").asDouble(),
                root.path("table1_seconds").asDouble(), root.path("table2_seconds").asDouble(),
                root.path("producers").asInt(), List.copyOf(configurations), strings(root.path("cores")),
                strings(root.path("commands")), strings(root.path("notes")));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(item -> out.add(item.asText()));
        return List.copyOf(out);
    }
}
