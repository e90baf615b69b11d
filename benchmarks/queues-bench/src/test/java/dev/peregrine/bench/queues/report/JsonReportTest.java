package dev.peregrine.bench.queues.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    private final JsonNode json = parse(JsonReport.render(SampleResult.sample()));

    @Test
    void paramsListProcessesAndWorkersPerRoleAsZaqarBenchDoes() {
        JsonNode params = json.get("params");

        assertEquals(1, params.at("/producer/processes").asInt());
        assertEquals(4, params.at("/producer/workers").asInt());
        assertEquals(2, params.at("/consumer/workers").asInt());
        assertEquals("http://127.0.0.1:8888", params.get("server_url").asText());
        assertEquals(2.0, params.get("time_sec").asDouble());
        assertEquals(4, params.get("messages_per_claim").asInt());
    }

    @Test
    void producerCarriesZaqarBenchsKeysAndTheExtras() {
        JsonNode producer = json.get("producer");

        assertEquals(2.0, producer.get("duration_sec").asDouble());
        assertEquals(1012, producer.get("total_reqs").asLong());
        assertEquals(1000, producer.get("successful_reqs").asLong());
        assertEquals(500.0, producer.get("reqs_per_sec").asDouble());
        assertEquals(4.5, producer.get("ms_per_req").asDouble());
        assertEquals(500.0, producer.get("messages_per_sec").asDouble());
        assertEquals(20.0, producer.at("/latency_ms/p99.9").asDouble());
        assertEquals(25.0, producer.at("/latency_ms/max").asDouble());
    }

    @Test
    void errorsAreByStatusWithConnectionErrorsAndTimeoutsApart() {
        JsonNode errors = json.at("/producer/errors");

        assertEquals(15, errors.get("total").asLong());
        assertEquals(12, errors.at("/by_status/503").asLong());
        assertEquals(1, errors.get("connection").asLong());
        assertEquals(2, errors.get("timeouts").asLong());
        assertEquals(0, json.at("/consumer/errors/total").asLong());
    }

    @Test
    void consumerHasMsPerClaimAndMsPerDeleteInsteadOfMsPerReq() {
        JsonNode consumer = json.get("consumer");

        assertEquals(6.0, consumer.get("ms_per_claim").asDouble());
        assertEquals(3.0, consumer.get("ms_per_delete").asDouble());
        assertEquals(100, consumer.get("claim_total_requests").asLong());
        assertEquals(400, consumer.get("messages_processed").asLong());
        assertEquals(14.0, consumer.at("/claim_latency_ms/p99").asDouble());
        assertEquals(8.0, consumer.at("/delete_latency_ms/p99").asDouble());
        assertFalse(consumer.has("ms_per_req"));
    }

    @Test
    void timelineHasASampleEachSecond() {
        JsonNode timeline = json.get("timeline");

        assertEquals(2, timeline.size());
        assertEquals(2, timeline.get(1).get("second").asLong());
        assertEquals(1020.0, timeline.get(1).get("observer_reqs_per_sec").asDouble());
        assertEquals(15, timeline.get(1).get("errors").asLong());
    }

    private static JsonNode parse(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
