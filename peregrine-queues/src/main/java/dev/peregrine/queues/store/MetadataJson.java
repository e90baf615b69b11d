package dev.peregrine.queues.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Queue metadata as the JSON object text a store keeps (SQLite's {@code queues.metadata} column, Redis's queue hash). */
public final class MetadataJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private MetadataJson() {
    }

    /**
     * The JSON text of {@code metadata}.
     *
     * @throws IllegalArgumentException when a value cannot be written as JSON
     */
    public static String write(Map<String, Object> metadata) {
        try {
            return MAPPER.writeValueAsString(metadata == null ? Map.of() : metadata);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Queue metadata cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** A new, changeable map of the JSON object {@code json}, in its key order. */
    public static Map<String, Object> read(String json) {
        try {
            return MAPPER.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored queue metadata is not a JSON object: " + json, e);
        }
    }
}
