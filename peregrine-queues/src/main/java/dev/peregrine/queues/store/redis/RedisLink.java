package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.StoreUnavailableException;
import io.lettuce.core.AbstractRedisClient;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulConnection;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.cluster.ClusterClientOptions;
import io.lettuce.core.cluster.RedisClusterClient;
import io.lettuce.core.cluster.api.StatefulRedisClusterConnection;
import io.lettuce.core.cluster.api.async.RedisClusterAsyncCommands;
import io.lettuce.core.cluster.api.sync.RedisClusterCommands;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The store's way to Redis: a Lettuce client and the one connection every caller shares (Lettuce
 * connections are thread-safe and pipeline the commands of concurrent callers), to a server or a
 * cluster, plus dedicated connections on request for WATCH transactions.
 */
final class RedisLink implements AutoCloseable {

    private final RedisAddress address;
    private final AbstractRedisClient client;
    private final StatefulConnection<String, String> connection;
    private final RedisClusterCommands<String, String> commands;
    private final RedisClusterAsyncCommands<String, String> asyncCommands;

    private RedisLink(RedisAddress address, AbstractRedisClient client, StatefulConnection<String, String> connection,
                      RedisClusterCommands<String, String> commands, RedisClusterAsyncCommands<String, String> asyncCommands) {
        this.address = address;
        this.client = client;
        this.connection = connection;
        this.commands = commands;
        this.asyncCommands = asyncCommands;
    }

    /**
     * Connects to {@code address}.
     *
     * @throws StoreUnavailableException naming the address when it cannot be reached
     */
    // NOTE: commands are rejected at once while the connection is down (it reconnects on its
    // own), so that a Redis outage answers 503 quickly instead of holding requests until timeout.
    static RedisLink open(RedisAddress address, Duration timeout) {
        AbstractRedisClient client = null;
        try {
            switch (address) {
                case RedisAddress.Server server -> {
                    RedisClient serverClient = RedisClient.create(uri(server.host(), server.port(), timeout)
                            .withDatabase(server.database()).build());
                    client = serverClient;
                    serverClient.setOptions(ClientOptions.builder()
                            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
                    StatefulRedisConnection<String, String> connection = serverClient.connect(StringCodec.UTF8);
                    return new RedisLink(address, client, connection, connection.sync(), connection.async());
                }
                case RedisAddress.Cluster cluster -> {
                    List<RedisURI> uris = new ArrayList<>();
                    for (RedisAddress.Node node : cluster.nodes()) {
                        uris.add(uri(node.host(), node.port(), timeout).build());
                    }
                    RedisClusterClient clusterClient = RedisClusterClient.create(uris);
                    client = clusterClient;
                    clusterClient.setOptions(ClusterClientOptions.builder()
                            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS).build());
                    StatefulRedisClusterConnection<String, String> connection = clusterClient.connect(StringCodec.UTF8);
                    return new RedisLink(address, client, connection, connection.sync(), connection.async());
                }
            }
        } catch (RedisException e) {
            if (client != null) {
                client.shutdown();
            }
            throw new StoreUnavailableException("Cannot connect to Redis at " + address + ": " + e.getMessage()
                    + "; is redis-server running there?", e);
        }
    }

    private static RedisURI.Builder uri(String host, int port, Duration timeout) {
        return RedisURI.builder().withHost(host).withPort(port).withTimeout(timeout);
    }

    /** The shared connection's commands, routed by key slot on a cluster. */
    RedisClusterCommands<String, String> commands() {
        return commands;
    }

    /** The shared connection's commands, answering futures: for pipelining commands on many keys. */
    RedisClusterAsyncCommands<String, String> asyncCommands() {
        return asyncCommands;
    }

    /** Where it is connected. */
    RedisAddress address() {
        return address;
    }

    /**
     * A new connection of the caller's own, for a WATCH transaction.
     *
     * @throws IllegalStateException on a cluster, where WATCH would need a connection per node
     */
    StatefulRedisConnection<String, String> openDedicated() {
        if (!(client instanceof RedisClient serverClient)) {
            throw new IllegalStateException("Dedicated connections are for a single Redis server");
        }
        return serverClient.connect(StringCodec.UTF8);
    }

    @Override
    public void close() {
        connection.close();
        client.shutdown();
    }
}
