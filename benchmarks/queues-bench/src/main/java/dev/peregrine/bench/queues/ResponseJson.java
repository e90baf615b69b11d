package dev.peregrine.bench.queues;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.netty.buffer.ByteBufInputStream;
import io.netty.handler.codec.http.FullHttpResponse;
import java.io.IOException;

/**
 * Reads the JSON body of a claim's or a listing's answer, the only answers whose bodies actors need.
 * A body that is not JSON reads as a missing node, so the actor sees no messages; the status already
 * counted the answer.
 */
final class ResponseJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ResponseJson() {
    }

    /** The body as a tree, or a missing node when it is empty or not JSON. */
    static JsonNode read(FullHttpResponse response) {
        if (!response.content().isReadable()) {
            return MissingNode.getInstance();
        }
        // PERF: parsed straight from the aggregated buffer, with no copy into a byte array or string.
        try (ByteBufInputStream in = new ByteBufInputStream(response.content().duplicate())) {
            JsonNode tree = MAPPER.readTree(in);
            return tree == null ? MissingNode.getInstance() : tree;
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
