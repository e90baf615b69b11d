package dev.peregrine.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON text of an answer record of the benchmark contract (the records every JVM peer
 * serializes), so the harness expects exactly the answers the peers are built from rather than a
 * second, hand-written copy of them.
 */
final class ContractJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ContractJson() {
    }

    /**
     * Serializes one answer record, compact, fields in the record's order.
     *
     * @param answer a record of {@code dev.peregrine.benchmarks.peers.model}
     * @return its JSON text
     */
    static String of(Object answer) {
        try {
            return MAPPER.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The contract's answer " + answer.getClass().getSimpleName()
                    + " does not serialize to JSON; check its record in benchmarks/peer-model", e);
        }
    }
}
