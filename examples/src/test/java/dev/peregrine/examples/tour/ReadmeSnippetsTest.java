package dev.peregrine.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the READMEs honest (the project's and peregrine-metrics's): every code block marked {@code <!-- snippet: FILE#TAG -->} must equal
 * the region between {@code // tag::TAG[]} and {@code // end::TAG[]} of that compiled source file,
 * and every one marked {@code <!-- snippet: FILE -->} the whole file (the project template's, which
 * {@code scripts/check-template} builds).
 */
class ReadmeSnippetsTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyMarkedReadmeSnippetIsCompiledCode() throws IOException {
        int checked = checkSnippets(ROOT.resolve("README.md"));
        assertTrue(checked >= 8, "expected the README's snippets, found " + checked);
    }

    @Test
    void everyMarkedSnippetOfTheMetricsReadmeIsCompiledCode() throws IOException {
        assertTrue(checkSnippets(ROOT.resolve("peregrine-metrics/README.md")) >= 1, "expected the metrics README's wiring snippet");
    }

    /** Checks every marked snippet of {@code readme}; how many there were. */
    private static int checkSnippets(Path readme) throws IOException {
        List<String> lines = Files.readAllLines(readme);
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.startsWith("<!-- snippet: ")) {
                continue;
            }
            String reference = line.substring("<!-- snippet: ".length(), line.length() - "-->".length()).strip();
            int hash = reference.indexOf('#');
            Path file = ROOT.resolve(hash < 0 ? reference : reference.substring(0, hash));
            assertTrue(lines.get(i + 1).matches("```[a-z]+"), "a code block must follow " + line);
            List<String> block = new ArrayList<>();
            for (int j = i + 2; !lines.get(j).equals("```"); j++) {
                block.add(lines.get(j));
            }
            List<String> expected = hash < 0 ? Files.readAllLines(file) : region(file, reference.substring(hash + 1));
            assertEquals(expected, block, readme.getFileName() + " snippet " + reference + " differs from the source");
            checked++;
        }
        return checked;
    }

    private static List<String> region(Path file, String tag) throws IOException {
        List<String> source = Files.readAllLines(file);
        int start = -1;
        int end = -1;
        for (int i = 0; i < source.size(); i++) {
            String line = source.get(i).strip();
            if (line.equals("// tag::" + tag + "[]")) {
                start = i + 1;
            } else if (line.equals("// end::" + tag + "[]")) {
                end = i;
            }
        }
        assertTrue(start > 0 && end > start, "no region " + tag + " in " + file);
        List<String> region = source.subList(start, end);
        int indent = Integer.MAX_VALUE;
        for (String line : region) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> dedented = new ArrayList<>();
        for (String line : region) {
            dedented.add(line.isBlank() ? "" : line.substring(indent));
        }
        return dedented;
    }
}
