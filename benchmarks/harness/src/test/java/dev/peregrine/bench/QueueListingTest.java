package dev.peregrine.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueueListingTest {
    @Test
    void messageFollowsTheContractsShape() throws Exception {
        JsonNode message = new ObjectMapper().readTree(QueueListing.json(QueueListing.SMALL)).get("messages").get(7);
        assertEquals(new ObjectMapper().readTree("{\"id\": \"msg-0007\", \"ttl\": 300, \"age\": 7, \"body\": "
                + "{\"event\": \"BackupStarted\", \"backup_id\": \"backup-0007\", \"size\": 7168}}"), message);
    }

    @Test
    void smallListingHasElevenMessagesOfAboutOneKibibyte() throws Exception {
        String json = QueueListing.json(QueueListing.SMALL);
        assertEquals(11, new ObjectMapper().readTree(json).get("messages").size());
        assertTrue(json.length() > 900 && json.length() < 1_300, "length " + json.length());
    }

    @Test
    void largeListingHasSevenHundredMessagesOfSixtyFourKibibytesOrMore() throws Exception {
        String json = QueueListing.json(QueueListing.LARGE);
        assertEquals(700, new ObjectMapper().readTree(json).get("messages").size());
        // NOTE: the contract fixes 700 messages; compact, they take about 76 KB, spaced as Python writes them more.
        assertTrue(json.length() > 64 * 1024 && json.length() < 80_000, "length " + json.length());
    }
}
