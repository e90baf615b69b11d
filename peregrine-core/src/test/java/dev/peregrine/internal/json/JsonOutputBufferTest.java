package dev.peregrine.internal.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.media.JsonHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The pooled buffer JSON responses are serialized into, alone and through {@link JsonHandler}. */
class JsonOutputBufferTest {

    private static final String JSON = "application/json";

    @Test
    void whatIsWrittenComesOutExactlyAsLongEvenPastTheFirstCapacity() {
        JsonOutputBuffer buffer = JsonOutputBuffer.acquire();
        try {
            byte[] chunk = new byte[3000];
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) i;
            }
            for (int i = 0; i < 10; i++) {
                buffer.write(chunk, 0, chunk.length);
            }
            buffer.write('!');
            byte[] written = buffer.toByteArray();
            assertEquals(30_001, written.length);
            assertEquals((byte) 2999, written[29_999]);
            assertEquals('!', written[30_000]);
        } finally {
            buffer.release();
        }
    }

    @Test
    void aReleasedBufferStartsEmptyWhenTakenAgain() {
        JsonOutputBuffer first = JsonOutputBuffer.acquire();
        first.write(new byte[500], 0, 500);
        first.release();
        JsonOutputBuffer again = JsonOutputBuffer.acquire();
        try {
            again.write('x');
            assertArrayEquals(new byte[] {'x'}, again.toByteArray());
        } finally {
            again.release();
        }
    }

    @Test
    void aLargeBodyAfterASmallOneAndASmallOneAfterALargeOneSerializeAsJacksonWouldAlone() throws Exception {
        JsonHandler handler = new JsonHandler();
        ObjectMapper plain = new ObjectMapper();
        Map<String, Object> small = Map.of("message", "Hello, World!");
        List<Map<String, Object>> large = listing(2_000, "large");
        for (Object value : List.of(small, large, small, large)) {
            assertArrayEquals(plain.writeValueAsBytes(value), handler.serialize(value, JSON));
        }
    }

    @Test
    void concurrentSerializationsNeverShareABuffer() throws Exception {
        JsonHandler handler = new JsonHandler();
        ObjectMapper plain = new ObjectMapper();
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                String owner = "thread-" + t;
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        List<Map<String, Object>> value = listing(1 + i * 7, owner);
                        assertArrayEquals(plain.writeValueAsBytes(value), handler.serialize(value, JSON));
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static List<Map<String, Object>> listing(int count, String owner) {
        List<Map<String, Object>> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(Map.of("id", owner + "-" + i, "ttl", 300, "body", Map.of("event", "BackupStarted", "size", 1024L * i)));
        }
        return messages;
    }
}
