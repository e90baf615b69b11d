package dev.peregrine.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.queues.api.QueuesApp;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.sqlite.SqliteQueueStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zaqar's own client, python-zaqarclient (Debian's {@code python3-zaqarclient}), through a queue's
 * whole life over a socket ({@code zaqarclient/drive.py}): the compatibility the service exists
 * for.
 */
class ZaqarClientTest {

    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    Path directory;

    private static boolean clientInstalled() throws InterruptedException {
        try {
            Process probe = new ProcessBuilder(PYTHON, "-c", "import zaqarclient").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void zaqarsClientGoesThroughAQueuesLife() throws Exception {
        assertTrue(clientInstalled(), "this test needs Debian's python3-zaqarclient: apt-get install -y python3-zaqarclient");
        Path driver = directory.resolve("drive.py");
        try (InputStream in = ZaqarClientTest.class.getResourceAsStream("/zaqarclient/drive.py")) {
            Files.write(driver, in.readAllBytes());
        }
        try (QueueStore store = SqliteQueueStore.open(directory.resolve("data"), Clock.systemUTC())) {
            PeregrineServer server = PeregrineServer.builder(QueuesApp.create(store, Clock.systemUTC(), QueuesSettings.defaults()))
                    .port(0).build().start();
            try {
                Process session = new ProcessBuilder(PYTHON, driver.toString(), "http://127.0.0.1:" + server.port(), "billing")
                        .redirectErrorStream(true).start();
                String output = new String(session.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(session.waitFor(60, TimeUnit.SECONDS));
                assertEquals(0, session.exitValue(), output);
                assertEquals(List.of(
                        "ping: True",
                        "storage reachable: True",
                        "listed queues: orders",
                        "metadata: billing 600 262144",
                        "first page: 0,1,2,3,4,5,6,7,8,9",
                        "listed: 0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24",
                        "claimed: 0,1,2,3,4",
                        "renewed ttl: 300",
                        "stats: 20 0 20",
                        "got: 5",
                        "bulk got: 7,6",
                        "popped: 5,8",
                        "claimed with defaults: 9,10,11,12 300",
                        "claimed again: 9,10",
                        "queue count: 1",
                        "total after purge: 0",
                        "listed queues after delete:"), output.lines().map(String::strip).toList());
            } finally {
                server.stop();
            }
        }
    }
}
