package dev.peregrine.queues;

import dev.peregrine.queues.store.redis.RedisAddress;
import java.nio.file.Path;

/** Where {@link QueuesServer} keeps the queues: the {@code --store} flag's value, parsed. */
public sealed interface StoreLocation {

    /**
     * The embedded SQLite store in a data directory ({@code sqlite:DIR}).
     *
     * @param directory the data directory, created when missing
     */
    record Sqlite(Path directory) implements StoreLocation {

        @Override
        public String toString() {
            return "sqlite:" + directory;
        }
    }

    /**
     * The Redis store ({@code redis://host:port[/db]} or {@code redis-cluster://host:port[,...]}).
     *
     * @param address the server or cluster
     */
    record Redis(RedisAddress address) implements StoreLocation {

        @Override
        public String toString() {
            return address.toString();
        }
    }

    /**
     * The location {@code text} names.
     *
     * @throws IllegalArgumentException saying which forms there are, with examples
     */
    static StoreLocation parse(String text) {
        if (text.startsWith("sqlite:") && text.length() > "sqlite:".length()) {
            return new Sqlite(Path.of(text.substring("sqlite:".length())));
        }
        if (text.startsWith("redis://") || text.startsWith("redis-cluster://")) {
            return new Redis(RedisAddress.parse(text));
        }
        throw new IllegalArgumentException("The store must be sqlite:DIRECTORY, redis://HOST:PORT[/DB] or"
                + " redis-cluster://HOST:PORT[,HOST:PORT...], for example sqlite:queues-data or redis://127.0.0.1:6379;"
                + " got '" + text + "'");
    }
}
