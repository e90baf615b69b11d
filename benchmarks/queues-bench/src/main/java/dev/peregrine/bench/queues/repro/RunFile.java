package dev.peregrine.bench.queues.repro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One queues-bench run of the reproduction: {@code runs/<table>-<config>-r<round>.json}, the
 * {@code --json} document of one table's workload against one configuration in one round.
 *
 * @param table  {@code table1} or {@code table2}
 * @param config the configuration's id, e.g. {@code peregrine-lua}
 * @param round  the round, from 1
 * @param roles  the figures of each role that ran (producer, consumer, observer), in the document's order
 */
public record RunFile(String table, String config, int round, Map<String, RoleFigures> roles) {
    private static final Pattern NAME = Pattern.compile("(table[12])-(.+)-r(\\d+)\\.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] ROLES = {"producer", "consumer", "observer"};

    /** Returns whether a file name is a run's, {@code <table>-<config>-r<round>.json}. */
    static boolean isRunName(String fileName) {
        return NAME.matcher(fileName).matches();
    }

    /**
     * Reads a run.
     *
     * @param file the run's JSON document, named {@code <table>-<config>-r<round>.json}
     * @return the run
     * @throws IOException when it cannot be read or is not queues-bench's JSON
     */
    static RunFile read(Path file) throws IOException {
        return parse(file.getFileName().toString(), MAPPER.readTree(file.toFile()));
    }

    /** Reads a run from its file name and document. */
    static RunFile parse(String fileName, JsonNode document) {
        Matcher name = NAME.matcher(fileName);
        if (!name.matches()) {
            throw new IllegalArgumentException("'" + fileName + "' is not a run's name: expected <table1|table2>-<config>-r<round>.json");
        }
        Map<String, RoleFigures> roles = new LinkedHashMap<>();
        for (String role : ROLES) {
            if (document.has(role)) {
                roles.put(role, RoleFigures.from(document.get(role)));
            }
        }
        return new RunFile(name.group(1), name.group(2), Integer.parseInt(name.group(3)), Collections.unmodifiableMap(roles));
    }
}
