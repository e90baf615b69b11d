package dev.peregrine.reliability.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.netty.PeregrineServer;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast subset of the HTTP fuzzer, in the default suite: 3,000 seeded inputs (every category)
 * against the echo server, and no input may fail the oracle. The full run
 * ({@code benchmarks/reliability/run fuzz}) sends 100,000 with a random seed.
 */
class HttpFuzzerTest {

    private static final long SEED = 11;
    private static PeregrineServer server;

    @BeforeAll
    static void startServer() {
        server = FuzzTarget.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(Duration.ofSeconds(2));
    }

    @Test
    void threeThousandMutatedInputsFindNoFailure() throws Exception {
        HttpFuzzer fuzzer = new HttpFuzzer(new InetSocketAddress("127.0.0.1", server.port()), 32, FuzzMain.HANG_AFTER);
        fuzzer.run(SEED, 3_000, done -> { });
        String failures = fuzzer.failures().stream().map(FuzzFailure::reproducer).collect(Collectors.joining("\n"));
        assertEquals(0, fuzzer.failureCount(), failures + fuzzer.canaryFailures());
        for (Category category : Category.values()) {
            assertTrue(fuzzer.tallies().get(category).inputs > 100, category + " got too few inputs");
        }
        assertTrue(fuzzer.tallies().get(Category.SMUGGLING).statuses.getOrDefault(400, 0L) > 100,
                "smuggling patterns are refused with 400");
    }
}
