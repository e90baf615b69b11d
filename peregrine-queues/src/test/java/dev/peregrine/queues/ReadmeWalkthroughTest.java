package dev.peregrine.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.queues.api.QueuesApp;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.sqlite.SqliteQueueStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README's curl walkthrough of Peregrine Queues honest: each command between the
 * {@code <!-- queues-walkthrough -->} markers runs, with real curl, against a server on a fresh
 * store, and must print the answer written below it.
 *
 * <p>Answers differ between runs only in what the server makes up, so the comparison allows for
 * exactly that: the {@code Date} header is left out; ages are compared as "some number"; and every
 * UUID the README shows stands for the one the server answered in the same place, the first time
 * it appears, and must be that same one wherever it appears again (commands included, so a later
 * command deletes the message the README's earlier answer named).
 */
class ReadmeWalkthroughTest {

    private static final Path README = Path.of("..", "README.md");
    private static final String README_ADDRESS = "localhost:8888";
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern AGE = Pattern.compile("\"age\":\\d+");

    @TempDir
    Path directory;

    /** A command of the walkthrough and the answer printed below it (none for a set-up block). */
    private record Step(String command, String answer) {}

    @Test
    void everyCommandPrintsTheAnswerTheReadmeShows() throws Exception {
        List<Step> steps = walkthrough(Files.readAllLines(README));
        assertTrue(steps.stream().filter(step -> step.answer() != null).count() >= 5,
                "expected the README's Queues walkthrough (create, post, list, claim, delete), found " + steps);
        try (QueueStore store = SqliteQueueStore.open(directory.resolve("data"), Clock.systemUTC())) {
            PeregrineServer server = PeregrineServer.builder(
                    QueuesApp.create(store, Clock.systemUTC(), QueuesSettings.defaults())).port(0).build().start();
            try {
                Map<String, String> serverIdFor = new HashMap<>();
                StringBuilder setUp = new StringBuilder();
                for (Step step : steps) {
                    String command = replaceIds(step.command(), serverIdFor)
                            .replace(README_ADDRESS, "127.0.0.1:" + server.port());
                    if (step.answer() == null) {
                        setUp.append(command).append('\n');
                        continue;
                    }
                    String printed = withoutDateHeader(run(setUp + command));
                    bindIds(step.answer(), printed, serverIdFor, step.command());
                    assertEquals(anyAge(replaceIds(step.answer(), serverIdFor)), anyAge(printed),
                            "the README's answer to: " + step.command());
                }
            } finally {
                server.stop();
            }
        }
    }

    /** The sh blocks between the markers, each with the text block right after it, if any. */
    private static List<Step> walkthrough(List<String> lines) {
        int start = lines.indexOf("<!-- queues-walkthrough -->");
        int end = lines.indexOf("<!-- /queues-walkthrough -->");
        assertTrue(start >= 0 && end > start, "the README has no <!-- queues-walkthrough --> section");
        List<String> blocks = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        StringBuilder block = null;
        for (String line : lines.subList(start + 1, end)) {
            if (block == null && line.startsWith("```")) {
                kinds.add(line.substring(3));
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!kinds.get(i).equals("sh")) {
                continue;
            }
            boolean answered = i + 1 < blocks.size() && kinds.get(i + 1).equals("text");
            steps.add(new Step(blocks.get(i), answered ? blocks.get(i + 1) : null));
        }
        return steps;
    }

    private static String run(String script) throws Exception {
        Process curl = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).redirectErrorStream(true).start();
        String output = new String(curl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(curl.waitFor(30, TimeUnit.SECONDS), "still running: " + script);
        assertEquals(0, curl.exitValue(), "failed (is curl installed?): " + script + "\n" + output);
        return output.replace("\r\n", "\n");
    }

    private static String withoutDateHeader(String printed) {
        StringBuilder kept = new StringBuilder();
        for (String line : printed.split("\n", -1)) {
            if (!line.startsWith("Date: ")) {
                kept.append(line).append('\n');
            }
        }
        return kept.toString().strip() + "\n";
    }

    /** Pairs the README's UUIDs with the server's, in the order both texts show them. */
    private static void bindIds(String readme, String printed, Map<String, String> serverIdFor, String command) {
        List<String> written = ids(readme);
        List<String> answered = ids(printed);
        assertEquals(written.size(), answered.size(), "ids in the answer to: " + command + "\n" + printed);
        for (int i = 0; i < written.size(); i++) {
            serverIdFor.putIfAbsent(written.get(i), answered.get(i));
        }
    }

    private static List<String> ids(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = UUID.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String replaceIds(String text, Map<String, String> serverIdFor) {
        return UUID.matcher(text).replaceAll(match -> serverIdFor.getOrDefault(match.group(), match.group()));
    }

    private static String anyAge(String text) {
        return AGE.matcher(text.strip()).replaceAll("\"age\":<n>");
    }
}
