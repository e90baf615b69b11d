package dev.peregrine.bench.queues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The messages producers post, each with its weight: zaqar-bench's message file, a JSON list of
 * {@code {"weight": w, "doc": {"body": ..., "ttl": ...}}}, or its one built-in message. Each document
 * is encoded once as a POST body, {@code {"messages":[doc]}}.
 *
 * <p>NOTE: zaqar-bench draws a number in [0, 1) and walks the list adding weights, so its weights must
 * sum to 1. Here the draw is scaled by the weights' sum, so {@code 8, 1, 1} means what
 * {@code 0.8, 0.1, 0.1} means.
 */
public final class WeightedMessages {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String BUILT_IN = """
            {"ttl": 60, "body": {"id": "7FA23C90-62F7-40D2-9360-FBD5D7D61CD1", "evt": "Single"}}""";

    private final List<byte[]> bodies;
    private final double[] cumulativeWeights;

    private WeightedMessages(List<byte[]> bodies, double[] cumulativeWeights) {
        this.bodies = List.copyOf(bodies);
        this.cumulativeWeights = cumulativeWeights;
    }

    /** zaqar-bench's message when it is given no file: one document with ttl 60. */
    public static WeightedMessages builtIn() {
        try {
            return new WeightedMessages(List.of(postBody(MAPPER.readTree(BUILT_IN))), new double[] {1});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the built-in message is not JSON", e);
        }
    }

    /**
     * Reads a message file.
     *
     * @param file zaqar-bench's message file
     * @return its messages
     * @throws IllegalArgumentException naming the file and the entry that is wrong, and why
     */
    public static WeightedMessages read(Path file) {
        JsonNode list;
        try {
            list = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("-m " + file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("-m " + file + " is not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("-m " + file + " cannot be read: " + e.getMessage(), e);
        }
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw new IllegalArgumentException("-m " + file + " must hold a non-empty JSON list of "
                    + "{\"weight\": w, \"doc\": {\"body\": ...}}");
        }
        List<byte[]> bodies = new ArrayList<>();
        double[] cumulative = new double[list.size()];
        double sum = 0;
        for (int i = 0; i < list.size(); i++) {
            JsonNode entry = list.get(i);
            JsonNode weight = entry.get("weight");
            JsonNode doc = entry.get("doc");
            if (weight == null || !weight.isNumber() || !(weight.asDouble() > 0)) {
                throw new IllegalArgumentException("-m " + file + ": entry " + i + " needs a \"weight\" above 0");
            }
            if (doc == null || !doc.isObject() || !doc.has("body")) {
                throw new IllegalArgumentException("-m " + file + ": entry " + i
                        + " needs a \"doc\" object with a \"body\" (Zaqar requires one)");
            }
            sum += weight.asDouble();
            cumulative[i] = sum;
            bodies.add(postBody(doc));
        }
        return new WeightedMessages(bodies, cumulative);
    }

    /** How many different messages there are. */
    public int size() {
        return bodies.size();
    }

    /** The POST body of message {@code index}: {@code {"messages":[doc]}}. */
    public byte[] postBody(int index) {
        return bodies.get(index);
    }

    /**
     * Chooses a message by weight.
     *
     * @param draw a uniform random number in [0, 1)
     * @return the chosen message's index
     */
    public int choose(double draw) {
        double position = draw * cumulativeWeights[cumulativeWeights.length - 1];
        for (int i = 0; i < cumulativeWeights.length - 1; i++) {
            if (position < cumulativeWeights[i]) {
                return i;
            }
        }
        return cumulativeWeights.length - 1;
    }

    private static byte[] postBody(JsonNode doc) {
        ObjectNode body = MAPPER.createObjectNode();
        body.putArray("messages").add(doc);
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed document cannot be written back", e);
        }
    }
}
