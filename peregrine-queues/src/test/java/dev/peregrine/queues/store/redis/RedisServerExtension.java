package dev.peregrine.queues.store.redis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One redis-server for a test class, in a folder of its own: started before the class's first
 * test, stopped (and its folder deleted) after its last. Register it in a static field:
 * {@code @RegisterExtension static final RedisServerExtension REDIS = new RedisServerExtension();}
 */
final class RedisServerExtension implements BeforeAllCallback, AfterAllCallback {

    private Path directory;
    private RedisServerProcess server;

    /** The running server; only between the class's first and last test. */
    RedisServerProcess server() {
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        directory = Files.createTempDirectory("peregrine-redis-");
        server = RedisServerProcess.start(directory);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        server.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
