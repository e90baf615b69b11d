package dev.peregrine.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.netty.Dispatch;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's flags, their environment variables and their defaults. */
class ServerOptionsTest {

    private static ServerOptions parse(Map<String, String> env, String... args) {
        return ServerOptions.parse(args, env);
    }

    @Test
    void defaultsServeLocallyOnPort8888FromQueuesData() {
        ServerOptions options = parse(Map.of());
        assertEquals(new ServerOptions(Path.of("queues-data"), "127.0.0.1", 8888, Dispatch.VIRTUAL_THREADS, null, false),
                options);
    }

    @Test
    void flagsTakeASpaceOrAnEqualsSign() {
        ServerOptions options = parse(Map.of(), "--store", "sqlite:/var/lib/q", "--port=9000", "--host", "0.0.0.0",
                "--dispatch=inline", "--tokens", "/etc/q/tokens");
        assertEquals(new ServerOptions(Path.of("/var/lib/q"), "0.0.0.0", 9000, Dispatch.INLINE, Path.of("/etc/q/tokens"),
                false), options);
    }

    @Test
    void environmentVariablesStandInForFlags() {
        ServerOptions options = parse(Map.of("PEREGRINE_QUEUES_STORE", "sqlite:/data", "PEREGRINE_QUEUES_PORT", "7000",
                "PEREGRINE_QUEUES_HOST", "::1", "PEREGRINE_QUEUES_DISPATCH", "POOL", "PEREGRINE_QUEUES_TOKENS", "t"));
        assertEquals(new ServerOptions(Path.of("/data"), "::1", 7000, Dispatch.POOL, Path.of("t"), false), options);
    }

    @Test
    void flagWinsOverItsEnvironmentVariable() {
        assertEquals(9000, parse(Map.of("PEREGRINE_QUEUES_PORT", "7000"), "--port", "9000").port());
    }

    @Test
    void blankEnvironmentVariableIsNoValue() {
        assertNull(parse(Map.of("PEREGRINE_QUEUES_TOKENS", " ")).tokens());
    }

    @Test
    void unknownFlagFailsNamingItAndTheFlags() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--prot", "1"));
        assertEquals("Unknown flag --prot; the flags are --store, --host, --port, --dispatch, --tokens and --help",
                failure.getMessage());
    }

    @Test
    void argumentThatIsNoFlagFails() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "8888"));
        assertEquals("Unexpected argument '8888'; flags start with --, and --help lists them", failure.getMessage());
    }

    @Test
    void flagWithoutValueFailsWithAnExample() {
        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--port"));
        assertEquals("--port needs a value, for example --port 8888", failure.getMessage());
    }

    @Test
    void badValuesFailNamingWhereTheyCameFrom() {
        assertEquals("The port must be a number from 0 to 65535, such as 8888; got 'http' (from --port or PEREGRINE_QUEUES_PORT)",
                assertThrows(IllegalArgumentException.class, () -> parse(Map.of("PEREGRINE_QUEUES_PORT", "http"))).getMessage());
        assertEquals("The store must be sqlite:DIRECTORY, for example sqlite:queues-data; got 'redis://x' (from --store or"
                + " PEREGRINE_QUEUES_STORE)",
                assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--store", "redis://x")).getMessage());
        assertEquals("The dispatch must be VIRTUAL_THREADS, INLINE or POOL; got 'fast' (from --dispatch or"
                + " PEREGRINE_QUEUES_DISPATCH)",
                assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--dispatch", "fast")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--port", "65536"));
    }

    @Test
    void helpListsEveryFlagWithItsVariableAndDefault() {
        assertTrue(parse(Map.of(), "--help").help());
        String usage = ServerOptions.usage();
        for (ServerOptions.Flag flag : ServerOptions.Flag.values()) {
            assertTrue(usage.contains(flag.flag) && usage.contains(flag.env), flag.flag);
            if (flag.defaultValue != null) {
                assertTrue(usage.contains("(default " + flag.defaultValue + ")"), flag.flag);
            }
        }
        assertTrue(usage.contains("hash-token PROJECT"));
        assertFalse(usage.contains("null"));
    }
}
