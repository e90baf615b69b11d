package dev.peregrine.queues.store.redis;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the Redis store's data lives: one Redis server ({@code redis://host:port[/db]}) or a
 * Redis Cluster, reached through any of its nodes ({@code redis-cluster://host:port[,host:port...]}).
 */
public sealed interface RedisAddress {

    /**
     * One Redis server.
     *
     * @param host its host name or address
     * @param port its port
     * @param database the database number ({@code SELECT}), 0 unless the address says otherwise
     */
    record Server(String host, int port, int database) implements RedisAddress {

        @Override
        public String toString() {
            return "redis://" + host + ':' + port + (database == 0 ? "" : "/" + database);
        }
    }

    /**
     * A Redis Cluster.
     *
     * @param nodes nodes to learn the cluster's layout from; any one that answers will do
     */
    record Cluster(List<Node> nodes) implements RedisAddress {

        /** @throws IllegalArgumentException when there is no node */
        public Cluster {
            nodes = List.copyOf(nodes);
            if (nodes.isEmpty()) {
                throw new IllegalArgumentException("A Redis Cluster address needs at least one node");
            }
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("redis-cluster://");
            for (Node node : nodes) {
                text.append(node == nodes.getFirst() ? "" : ",").append(node);
            }
            return text.toString();
        }
    }

    /**
     * A Redis node's host and port.
     *
     * @param host its host name or address
     * @param port its port, 1 to 65535
     */
    record Node(String host, int port) {

        @Override
        public String toString() {
            return host + ':' + port;
        }
    }

    /**
     * The address {@code text} names: {@code redis://host:port[/db]} or
     * {@code redis-cluster://host:port[,host:port...]}.
     *
     * @throws IllegalArgumentException saying what is wrong, with an example
     */
    static RedisAddress parse(String text) {
        if (text.startsWith("redis://")) {
            String rest = text.substring("redis://".length());
            int slash = rest.indexOf('/');
            Node node = node(slash < 0 ? rest : rest.substring(0, slash), text);
            int database = slash < 0 ? 0 : number(rest.substring(slash + 1), 0, Integer.MAX_VALUE, "database", text);
            return new Server(node.host(), node.port(), database);
        }
        if (text.startsWith("redis-cluster://")) {
            List<Node> nodes = new ArrayList<>();
            for (String part : text.substring("redis-cluster://".length()).split(",", -1)) {
                nodes.add(node(part, text));
            }
            return new Cluster(nodes);
        }
        throw new IllegalArgumentException("A Redis address is redis://HOST:PORT[/DB] or"
                + " redis-cluster://HOST:PORT[,HOST:PORT...], for example redis://127.0.0.1:6379; got '" + text + "'");
    }

    private static Node node(String hostAndPort, String address) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon <= 0) {
            throw new IllegalArgumentException("Each Redis node is HOST:PORT, for example 127.0.0.1:6379; got '"
                    + hostAndPort + "' in '" + address + "'");
        }
        return new Node(hostAndPort.substring(0, colon),
                number(hostAndPort.substring(colon + 1), 1, 65535, "port", address));
    }

    private static int number(String text, int min, int max, String what, String address) {
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("The Redis " + what + " must be a number from " + min + " to " + max
                + "; got '" + text + "' in '" + address + "'");
    }
}
