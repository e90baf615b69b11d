package dev.peregrine.queues.store.redis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A real three-master Redis Cluster (no replicas) for a test: three redis-server children in
 * directories of their own, joined with {@code redis-cli --cluster create}, ready once every node
 * says {@code cluster_state:ok}.
 */
final class RedisClusterProcesses implements AutoCloseable {

    private static final int MASTERS = 3;
    private static final long READY_TIMEOUT_MILLIS = 30_000;

    private final List<RedisServerProcess> nodes;

    private RedisClusterProcesses(List<RedisServerProcess> nodes) {
        this.nodes = nodes;
    }

    /** Starts the cluster with its nodes' files under {@code directory}. */
    static RedisClusterProcesses start(Path directory) {
        List<RedisServerProcess> nodes = new ArrayList<>();
        RedisClusterProcesses cluster = new RedisClusterProcesses(nodes);
        try {
            for (int i = 1; i <= MASTERS; i++) {
                nodes.add(RedisServerProcess.start(directory.resolve("node" + i), "--cluster-enabled", "yes",
                        "--cluster-config-file", "nodes.conf"));
            }
            List<String> create = new ArrayList<>(List.of(RedisServerProcess.REDIS_CLI.toString(), "--cluster", "create"));
            for (RedisServerProcess node : nodes) {
                create.add("127.0.0.1:" + node.port());
            }
            create.addAll(List.of("--cluster-replicas", "0", "--cluster-yes"));
            Process cli = new ProcessBuilder(create).redirectErrorStream(true).start();
            String output = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (cli.waitFor() != 0) {
                throw new IllegalStateException("redis-cli --cluster create failed: " + output);
            }
            cluster.awaitReady();
            return cluster;
        } catch (IOException e) {
            cluster.close();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            cluster.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.currentTimeMillis() + READY_TIMEOUT_MILLIS;
        for (RedisServerProcess node : nodes) {
            while (!node.call("CLUSTER", "INFO").contains("cluster_state:ok")) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the cluster did not become ready: " + node.call("CLUSTER", "INFO"));
                }
                Thread.sleep(50);
            }
        }
    }

    /** The store's address of the cluster, naming every node. */
    RedisAddress address() {
        List<RedisAddress.Node> addresses = new ArrayList<>();
        for (RedisServerProcess node : nodes) {
            addresses.add(new RedisAddress.Node("127.0.0.1", node.port()));
        }
        return new RedisAddress.Cluster(addresses);
    }

    /** Deletes every key on every master. */
    void flushAll() {
        for (RedisServerProcess node : nodes) {
            node.flushAll();
        }
    }

    /** How many keys each master holds, in node order. */
    List<Long> keyCounts() {
        List<Long> counts = new ArrayList<>();
        for (RedisServerProcess node : nodes) {
            counts.add(node.keyCount());
        }
        return counts;
    }

    @Override
    public void close() {
        for (RedisServerProcess node : nodes) {
            node.close();
        }
    }
}
