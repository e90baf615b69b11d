package dev.peregrine.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.netty.Dispatch;
import dev.peregrine.queues.store.redis.RedisAddress;
import dev.peregrine.queues.store.redis.RedisPostMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server's flags, their environment variables and their defaults. */
class ServerOptionsTest {

    private static ServerOptions parse(Map<String, String> env, String... args) {
        return ServerOptions.parse(args, env);
    }

    private static StoreLocation sqlite(String directory) {
        return new StoreLocation.Sqlite(Path.of(directory));
    }

    @Test
    void defaultsServeLocallyOnPort8888FromQueuesData() {
        ServerOptions options = parse(Map.of());
        assertEquals(new ServerOptions(sqlite("queues-data"), RedisPostMode.LUA, "127.0.0.1", 8888, Dispatch.VIRTUAL_THREADS, null, null, null, false),
                options);
    }

    @Test
    void flagsTakeASpaceOrAnEqualsSign() {
        ServerOptions options = parse(Map.of(), "--store", "sqlite:/var/lib/q", "--port=9000", "--host", "0.0.0.0",
                "--dispatch=inline", "--tokens", "/etc/q/tokens");
        assertEquals(new ServerOptions(sqlite("/var/lib/q"), RedisPostMode.LUA, "0.0.0.0", 9000, Dispatch.INLINE, Path.of("/etc/q/tokens"),
                null, null, false), options);
    }

    @Test
    void environmentVariablesStandInForFlags() {
        ServerOptions options = parse(Map.of("PEREGRINE_QUEUES_STORE", "sqlite:/data", "PEREGRINE_QUEUES_PORT", "7000",
                "PEREGRINE_QUEUES_HOST", "::1", "PEREGRINE_QUEUES_DISPATCH", "POOL", "PEREGRINE_QUEUES_TOKENS", "t"));
        assertEquals(new ServerOptions(sqlite("/data"), RedisPostMode.LUA, "::1", 7000, Dispatch.POOL, Path.of("t"), null, null, false), options);
    }

    @Test
    void redisStoresTakeAServerWithADatabaseOrAClusterOfNodes() {
        assertEquals(new StoreLocation.Redis(new RedisAddress.Server("10.0.0.5", 6380, 2)),
                parse(Map.of(), "--store", "redis://10.0.0.5:6380/2").store());
        assertEquals(new StoreLocation.Redis(new RedisAddress.Server("localhost", 6379, 0)),
                parse(Map.of(), "--store=redis://localhost:6379").store());
        assertEquals(new StoreLocation.Redis(new RedisAddress.Cluster(List.of(new RedisAddress.Node("10.0.0.1", 7000),
                new RedisAddress.Node("10.0.0.2", 7001)))),
                parse(Map.of("PEREGRINE_QUEUES_STORE", "redis-cluster://10.0.0.1:7000,10.0.0.2:7001")).store());
    }

    @Test
    void redisPostModesAreNamedAsTheFlagSpellsThem() {
        assertEquals(RedisPostMode.WATCH_MULTI, parse(Map.of(), "--redis-post", "watch-multi").redisPost());
        assertEquals(RedisPostMode.LUA_SINGLE_ZADDS,
                parse(Map.of("PEREGRINE_QUEUES_REDIS_POST", "lua-single-zadds")).redisPost());
        assertEquals(RedisPostMode.LUA, parse(Map.of(), "--redis-post=lua").redisPost());
    }

    @Test
    void tlsTakesACertificateAndAKeyFromFlagsOrTheEnvironment() {
        ServerOptions flags = parse(Map.of(), "--tls-cert", "/etc/q/fullchain.pem", "--tls-key=/etc/q/privkey.pem");
        assertEquals(Path.of("/etc/q/fullchain.pem"), flags.tlsCertificate());
        assertEquals(Path.of("/etc/q/privkey.pem"), flags.tlsKey());
        ServerOptions env = parse(Map.of("PEREGRINE_QUEUES_TLS_CERT", "c.pem", "PEREGRINE_QUEUES_TLS_KEY", "k.pem"));
        assertEquals(Path.of("c.pem"), env.tlsCertificate());
        assertEquals(Path.of("k.pem"), env.tlsKey());
    }

    @Test
    void tlsCertificateWithoutItsKeyFails() {
        assertEquals("--tls-cert (or PEREGRINE_QUEUES_TLS_CERT) needs --tls-key FILE (or PEREGRINE_QUEUES_TLS_KEY) too:"
                + " HTTPS takes the certificate chain and its private key; give neither for plain HTTP",
                assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--tls-cert", "c.pem")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> parse(Map.of("PEREGRINE_QUEUES_TLS_KEY", "k.pem")));
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
        assertEquals("Unknown flag --prot; the flags are --store, --redis-post, --host, --port, --dispatch, --tokens, --tls-cert,"
                + " --tls-key and --help",
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
        assertEquals("The store must be sqlite:DIRECTORY, redis://HOST:PORT[/DB] or redis-cluster://HOST:PORT[,HOST:PORT...],"
                + " for example sqlite:queues-data or redis://127.0.0.1:6379; got 'mongodb://x' (from --store or"
                + " PEREGRINE_QUEUES_STORE)",
                assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--store", "mongodb://x")).getMessage());
        assertEquals("Each Redis node is HOST:PORT, for example 127.0.0.1:6379; got 'x' in 'redis://x' (from --store or"
                + " PEREGRINE_QUEUES_STORE)",
                assertThrows(IllegalArgumentException.class, () -> parse(Map.of(), "--store", "redis://x")).getMessage());
        assertEquals("The Redis post mode must be lua, watch-multi or lua-single-zadds; got 'multi' (from --redis-post or"
                + " PEREGRINE_QUEUES_REDIS_POST)",
                assertThrows(IllegalArgumentException.class,
                        () -> parse(Map.of("PEREGRINE_QUEUES_REDIS_POST", "multi"))).getMessage());
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
