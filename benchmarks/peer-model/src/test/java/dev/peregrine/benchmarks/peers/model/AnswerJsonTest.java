package dev.peregrine.benchmarks.peers.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON each answer record serializes to with Jackson's defaults, as every JVM peer writes it. */
class AnswerJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void greetingSerializesToTheContractsBytes() throws Exception {
        assertEquals("{\"message\":\"Hello, World!\"}", MAPPER.writeValueAsString(Greeting.hello()));
    }

    @Test
    void comparisonSerializesToTheContractsBytes() throws Exception {
        assertEquals("{\"org\":\"peregrine\",\"repo\":\"bench\",\"a\":\"main\",\"b\":\"topic\"}",
                MAPPER.writeValueAsString(new Comparison("peregrine", "bench", "main", "topic")));
    }

    @Test
    void resourceItemSerializesToTheContractsBytes() throws Exception {
        assertEquals("{\"resource\":7,\"id\":\"42\"}", MAPPER.writeValueAsString(new ResourceItem(7, "42")));
    }

    @Test
    void listingSerializesToTheContractsBytesWithBackupIdInSnakeCase() throws Exception {
        assertEquals("{\"messages\":["
                        + "{\"id\":\"msg-0000\",\"ttl\":300,\"age\":0,\"body\":{\"event\":\"BackupStarted\",\"backup_id\":\"backup-0000\",\"size\":0}},"
                        + "{\"id\":\"msg-0001\",\"ttl\":300,\"age\":1,\"body\":{\"event\":\"BackupStarted\",\"backup_id\":\"backup-0001\",\"size\":1024}}"
                        + "]}",
                MAPPER.writeValueAsString(QueueListing.build(2)));
    }

    @Test
    void messageSevenFollowsTheContractsShape() throws Exception {
        JsonNode message = MAPPER.readTree(MAPPER.writeValueAsString(QueueListing.build(QueueListing.SMALL_COUNT)))
                .get("messages").get(7);
        assertEquals(MAPPER.readTree("{\"id\": \"msg-0007\", \"ttl\": 300, \"age\": 7, \"body\": "
                + "{\"event\": \"BackupStarted\", \"backup_id\": \"backup-0007\", \"size\": 7168}}"), message);
    }

    @Test
    void smallListingHasElevenMessagesOfAboutOneKibibyte() throws Exception {
        String json = MAPPER.writeValueAsString(QueueListing.forSizeParam(null));
        assertEquals(11, MAPPER.readTree(json).get("messages").size());
        assertTrue(json.length() > 900 && json.length() < 1_300, "length " + json.length());
    }

    @Test
    void largeListingHasSevenHundredMessagesOfSixtyFourKibibytesOrMore() throws Exception {
        String json = MAPPER.writeValueAsString(QueueListing.forSizeParam(QueueListing.LARGE_SIZE_PARAM));
        assertEquals(700, MAPPER.readTree(json).get("messages").size());
        // NOTE: the contract fixes 700 messages; compact, they take about 76 KB, spaced as Python writes them more.
        assertTrue(json.length() > 64 * 1024 && json.length() < 80_000, "length " + json.length());
    }

    @Test
    void compareSpecSplitsOnItsFirstSeparatorOnly() {
        assertEquals(new Comparison("o", "r", "a", "b...c"), Comparison.ofSpec("o", "r", "a...b...c"));
        assertNull(Comparison.ofSpec("o", "r", "3.1.3"));
    }
}
