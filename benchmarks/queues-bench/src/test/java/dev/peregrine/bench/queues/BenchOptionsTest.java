package dev.peregrine.bench.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

    @Test
    void noArgumentsGiveZaqarBenchDefaults() {
        BenchOptions options = BenchOptions.parse();

        assertEquals(10, options.producers());
        assertEquals(0, options.consumers());
        assertEquals(5, options.observers());
        assertEquals(Duration.ofSeconds(5), options.time());
        assertEquals(4, options.queueCount());
        assertEquals(5, options.messagesPerClaim());
        assertEquals(5, options.messagesPerList());
        assertEquals(URI.create("http://localhost:8888"), options.serverUrl());
        assertEquals("ogre-test-queue-3", options.queueName(3));
        assertEquals("my-lovely-benchmark", options.project());
        assertEquals(Duration.ZERO, options.warmup());
        assertTrue(options.observerIncludeClaimed());
        assertFalse(options.skipQueueReset());
        assertFalse(options.json());
        assertEquals(Optional.empty(), options.token());
        assertEquals(Optional.empty(), options.reportFolder());
    }

    @Test
    void shortFormsSetEveryZaqarBenchOption() {
        BenchOptions options = BenchOptions.parse("-pp", "2", "-pw", "3", "-cp", "4", "-cw", "5", "-op", "6", "-ow", "7",
                "-t", "2.5", "-qno", "9", "-cno", "10", "-lno", "11", "-s", "http://127.0.0.1:9000", "-q", "bench",
                "-m", "messages.json");

        assertEquals(6, options.producers());
        assertEquals(20, options.consumers());
        assertEquals(42, options.observers());
        assertEquals(Duration.ofMillis(2500), options.time());
        assertEquals(9, options.queueCount());
        assertEquals(10, options.messagesPerClaim());
        assertEquals(11, options.messagesPerList());
        assertEquals("127.0.0.1", options.host());
        assertEquals(9000, options.port());
        assertEquals("bench-0", options.queueName(0));
        assertEquals(Optional.of(Path.of("messages.json")), options.messagesFile());
    }

    @Test
    void longFormsTakeHyphensOrZaqarBenchsUnderscores() {
        BenchOptions options = BenchOptions.parse("--producer_workers", "4", "--consumer-workers", "2",
                "--skip_queue_reset", "--warmup", "1", "--json", "--report", "out", "--project", "p1",
                "--token", "secret", "--observer-include-claimed", "false", "--io-threads", "2", "--timeout", "3");

        assertEquals(4, options.producers());
        assertEquals(2, options.consumers());
        assertTrue(options.skipQueueReset());
        assertEquals(Duration.ofSeconds(1), options.warmup());
        assertTrue(options.json());
        assertEquals(Optional.of(Path.of("out")), options.reportFolder());
        assertEquals("p1", options.project());
        assertEquals(Optional.of("secret"), options.token());
        assertFalse(options.observerIncludeClaimed());
        assertEquals(2, options.ioThreads());
        assertEquals(Duration.ofSeconds(3), options.timeout());
    }

    @Test
    void portDefaultsTo80AndBaseDropsTheTrailingSlash() {
        BenchOptions options = BenchOptions.parse("-s", "http://queues.example/");

        assertEquals(80, options.port());
        assertEquals("http://queues.example", options.base());
    }

    @Test
    void helpSaysWhyIncludeClaimedCanBeTurnedOff() {
        String help = BenchOptionsParser.USAGE.replaceAll("\\s+", " ");

        assertTrue(help.contains("--observer-include-claimed B observers list with include_claimed=true (default true). "
                + "Set false against Zaqar's Redis driver: it answers 503 to include_claimed on a listing without a "
                + "marker"), help);
    }

    @Test
    void helpNeedsNoValidActors() {
        assertTrue(BenchOptions.parse("-pw", "0", "-ow", "0", "--help").help());
    }

    @Test
    void aNonNumberNamesTheOptionAndWhatItTakes() {
        assertMessage("-pw 'ten' must be a whole number of at least 0", "-pw", "ten");
        assertMessage("-qno '0' must be a whole number of at least 1", "-qno", "0");
    }

    @Test
    void claimAndPageLimitsStopAtZaqarsTwenty() {
        assertMessage("-cno '21' must be at most 20, Zaqar's limit on messages per claim and per page", "-cno", "21");
        assertMessage("-lno '0' must be a whole number of at least 1", "-lno", "0");
    }

    @Test
    void timesMustBePositiveSecondsAndWarmUpMayBeZero() {
        assertMessage("-t '0' must be a number of seconds above 0, e.g. 5 or 2.5", "-t", "0");
        assertMessage("--warmup '-1' must be a number of seconds of at least 0, e.g. 5 or 2.5", "--warmup", "-1");
        assertEquals(Duration.ZERO, BenchOptions.parse("--warmup", "0").warmup());
    }

    @Test
    void theServerMustBeABareHttpUrl() {
        assertMessage("-s 'https://x:1' must be http://host[:port] with no path, e.g. http://localhost:8888 "
                + "(https is not supported)", "-s", "https://x:1");
        assertMessage("-s 'http://x:1/v2' must be http://host[:port] with no path, e.g. http://localhost:8888 "
                + "(https is not supported)", "-s", "http://x:1/v2");
    }

    @Test
    void unknownOptionsAndMissingValuesAreNamed() {
        assertMessage("unknown option '--producers'; see --help for the options", "--producers", "3");
        assertMessage("-t needs a value; see --help", "-t");
        assertMessage("--observer-include-claimed 'maybe' must be true or false", "--observer-include-claimed", "maybe");
    }

    @Test
    void aRunWithoutActorsIsRefused() {
        assertMessage("no actors: producers (-pp × -pw), consumers (-cp × -cw) and observers (-op × -ow) are all 0; "
                + "give at least one of them workers, e.g. -pw 10", "-pw", "0", "-ow", "0");
        assertMessage("no actors: producers (-pp × -pw), consumers (-cp × -cw) and observers (-op × -ow) are all 0; "
                + "give at least one of them workers, e.g. -pw 10", "-pp", "0", "-op", "0", "-cw", "3", "-cp", "0");
    }

    @Test
    void queueNamesMustBeValidZaqarNames() {
        assertMessage("-q 'a b': queue names must use only letters, digits, '_', '-' and '.', and 'a b-3' must be at "
                + "most 64 characters", "-q", "a b");
        String prefix = "q".repeat(62);
        assertMessage("-q '" + prefix + "': queue names must use only letters, digits, '_', '-' and '.', and '" + prefix
                + "-10' must be at most 64 characters", "-q", prefix, "-qno", "11");
    }

    @Test
    void anEmptyProjectIsRefused() {
        assertMessage("--project must be 1 to 256 characters", "--project", "");
    }

    private static void assertMessage(String expected, String... arguments) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(arguments));
        assertEquals(expected, error.getMessage());
    }
}
