package dev.peregrine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The answers the harness expects, now serialized from the peers' records, are the contract's bytes. */
class EndpointTest {

    @Test
    void greetingIsTheContractsBytes() {
        assertEquals("{\"message\":\"Hello, World!\"}", Endpoint.JSON.body());
        assertEquals("Hello, World!", Endpoint.PLAINTEXT.body());
    }

    @Test
    void comparisonIsTheContractsBytes() {
        assertEquals("{\"org\":\"peregrine\",\"repo\":\"bench\",\"a\":\"main\",\"b\":\"topic\"}", Endpoint.COMPARE.body());
    }

    @Test
    void listingsAreTheHandWrittenContractsBytes() {
        assertEquals(handWrittenListing(11), Endpoint.QUEUE_1K.body());
        assertEquals(handWrittenListing(700), Endpoint.QUEUE_64K.body());
        assertEquals("/queues/demo/messages?size=64k", Endpoint.QUEUE_64K.path());
    }

    @Test
    void largeListingIsSevenHundredMessages() throws Exception {
        assertEquals(700, new ObjectMapper().readTree(Endpoint.QUEUE_64K.body()).get("messages").size());
    }

    /** The listing as the harness wrote it by hand before it used the shared records. */
    private static String handWrittenListing(int count) {
        StringBuilder out = new StringBuilder("{\"messages\":[");
        for (int i = 0; i < count; i++) {
            String number = String.format("%04d", i);
            out.append(i > 0 ? "," : "").append("{\"id\":\"msg-").append(number)
                    .append("\",\"ttl\":300,\"age\":").append(i)
                    .append(",\"body\":{\"event\":\"BackupStarted\",\"backup_id\":\"backup-").append(number)
                    .append("\",\"size\":").append(1024L * i).append("}}");
        }
        return out.append("]}").toString();
    }
}
