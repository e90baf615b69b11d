package dev.peregrine.reliability.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Summarizes a run of the core's parser properties (jqwik, run by Surefire) from Surefire's XML
 * reports: per parser and property, the tries jqwik made, the time taken and whether it held.
 * Writes {@code parser-fuzz.md} and {@code parser-fuzz.json}; exits 1 when a property failed.
 *
 * <pre>
 * ParserFuzzReport REPORTS_DIR OUT_DIR COMMAND
 * </pre>
 */
public final class ParserFuzzReport {

    private ParserFuzzReport() {
    }

    /** One property's outcome. */
    record PropertyRun(String parser, String property, long tries, double seconds, String failure) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: ParserFuzzReport REPORTS_DIR OUT_DIR COMMAND");
        }
        List<PropertyRun> runs = new ArrayList<>();
        File[] reports = new File(args[0]).listFiles((dir, name) -> name.startsWith("TEST-") && name.endsWith("Properties.xml"));
        if (reports == null || reports.length == 0) {
            throw new IllegalStateException("no TEST-*Properties.xml report in " + args[0] + "; did the properties run?");
        }
        for (File report : reports) {
            NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report).getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                runs.add(run((Element) cases.item(i)));
            }
        }
        runs.sort((a, b) -> (a.parser() + a.property()).compareTo(b.parser() + b.property()));
        Path out = Files.createDirectories(Path.of(args[1]));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("command", args[2]);
        json.put("properties", runs);
        Map<String, Long> triesPerParser = new TreeMap<>();
        runs.forEach(run -> triesPerParser.merge(run.parser(), run.tries(), Long::sum));
        json.put("triesPerParser", triesPerParser);
        long failed = runs.stream().filter(run -> run.failure() != null).count();
        json.put("failures", failed);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("parser-fuzz.json").toFile(), json);
        StringBuilder md = new StringBuilder("# Parser property fuzzing (jqwik)\n\n    ").append(args[2]).append("\n\n");
        md.append(String.format("%d properties, %s.%n%n", runs.size(), failed == 0 ? "**all held**" : "**" + failed + " failed**"));
        md.append("| Parser | Generated inputs (all its properties) |\n|---|---:|\n");
        triesPerParser.forEach((parser, tries) -> md.append(String.format("| %s | %,d |%n", parser, tries)));
        md.append("\n| Parser | Property | Tries | Seconds | Result |\n|---|---|---:|---:|---|\n");
        for (PropertyRun run : runs) {
            md.append(String.format("| %s | %s | %,d | %.1f | %s |%n", run.parser(), run.property(), run.tries(), run.seconds(),
                    run.failure() == null ? "held" : "FAILED: " + run.failure().replace('|', '/').replace('\n', ' ')));
        }
        md.append("\nTries are jqwik's count of generated inputs for a property; an `@Example` (the linear-time bound on a"
                + " megabyte input) runs once.\n");
        Files.writeString(out.resolve("parser-fuzz.md"), md);
        System.err.println("Report: " + out.resolve("parser-fuzz.md") + (failed == 0 ? "" : "; " + failed + " properties FAILED"));
        System.exit(failed == 0 ? 0 : 1);
    }

    private static PropertyRun run(Element testcase) {
        String parser = testcase.getAttribute("classname").replaceAll(".*\\.", "").replace("Properties", "");
        String output = text(testcase, "system-out");
        long tries = 1;
        int at = output.indexOf("tries = ");
        if (at >= 0) {
            int end = at + "tries = ".length();
            while (end < output.length() && Character.isDigit(output.charAt(end))) {
                end++;
            }
            tries = Long.parseLong(output.substring(at + "tries = ".length(), end));
        }
        String failure = null;
        for (String tag : List.of("failure", "error")) {
            NodeList nodes = testcase.getElementsByTagName(tag);
            if (nodes.getLength() > 0) {
                failure = ((Element) nodes.item(0)).getAttribute("message");
            }
        }
        return new PropertyRun(parser, testcase.getAttribute("name"), tries, Double.parseDouble(testcase.getAttribute("time")), failure);
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }
}
