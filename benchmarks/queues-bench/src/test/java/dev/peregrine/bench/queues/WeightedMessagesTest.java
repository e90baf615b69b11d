package dev.peregrine.bench.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightedMessagesTest {
    @TempDir
    Path folder;

    @Test
    void builtInMessageIsZaqarBenchsSingleEventWithTtl60() {
        WeightedMessages messages = WeightedMessages.builtIn();

        assertEquals(1, messages.size());
        assertEquals("{\"messages\":[{\"ttl\":60,\"body\":{\"id\":\"7FA23C90-62F7-40D2-9360-FBD5D7D61CD1\",\"evt\":\"Single\"}}]}",
                body(messages, 0));
        assertEquals(0, messages.choose(0.999));
    }

    @Test
    void eachDocumentBecomesItsOwnPostBody() throws Exception {
        WeightedMessages messages = WeightedMessages.read(file("""
                [{"weight": 0.8, "doc": {"ttl": 300, "body": {"event": "BackupStarted"}}},
                 {"weight": 0.2, "doc": {"ttl": 60, "body": "short"}}]"""));

        assertEquals(2, messages.size());
        assertEquals("{\"messages\":[{\"ttl\":300,\"body\":{\"event\":\"BackupStarted\"}}]}", body(messages, 0));
        assertEquals("{\"messages\":[{\"ttl\":60,\"body\":\"short\"}]}", body(messages, 1));
    }

    @Test
    void drawsFallOnMessagesInProportionToTheirWeights() throws Exception {
        WeightedMessages messages = WeightedMessages.read(file("""
                [{"weight": 0.8, "doc": {"body": 1}}, {"weight": 0.1, "doc": {"body": 2}}, {"weight": 0.1, "doc": {"body": 3}}]"""));

        assertEquals(0, messages.choose(0.0));
        assertEquals(0, messages.choose(0.79));
        assertEquals(1, messages.choose(0.81));
        assertEquals(1, messages.choose(0.89));
        assertEquals(2, messages.choose(0.91));
        assertEquals(2, messages.choose(0.99999));
    }

    @Test
    void weightsNeedNotSumToOne() throws Exception {
        WeightedMessages messages = WeightedMessages.read(file("""
                [{"weight": 3, "doc": {"body": 1}}, {"weight": 1, "doc": {"body": 2}}]"""));

        assertEquals(0, messages.choose(0.74));
        assertEquals(1, messages.choose(0.76));
    }

    @Test
    void aBadFileIsNamedWithTheEntryAndTheFix() throws Exception {
        Path notJson = file("[{");
        assertEquals("-m " + notJson + " is not JSON: Unexpected end-of-input: expected close marker for Object",
                error(notJson).lines().findFirst().orElseThrow().replaceAll(" \\(start marker.*", ""));
        Path notList = file("{\"weight\": 1}");
        assertEquals("-m " + notList + " must hold a non-empty JSON list of {\"weight\": w, \"doc\": {\"body\": ...}}", error(notList));
        Path noWeight = file("[{\"weight\": 1, \"doc\": {\"body\": 1}}, {\"doc\": {\"body\": 2}}]");
        assertEquals("-m " + noWeight + ": entry 1 needs a \"weight\" above 0", error(noWeight));
        Path noBody = file("[{\"weight\": 1, \"doc\": {\"ttl\": 60}}]");
        assertEquals("-m " + noBody + ": entry 0 needs a \"doc\" object with a \"body\" (Zaqar requires one)", error(noBody));
        Path missing = folder.resolve("missing.json");
        assertEquals("-m " + missing + ": no such file", error(missing));
    }

    private Path file(String json) throws Exception {
        Path file = Files.createTempFile(folder, "messages", ".json");
        Files.writeString(file, json);
        return file;
    }

    private static String error(Path file) {
        return assertThrows(IllegalArgumentException.class, () -> WeightedMessages.read(file)).getMessage();
    }

    private static String body(WeightedMessages messages, int index) {
        return new String(messages.postBody(index), StandardCharsets.UTF_8);
    }
}
