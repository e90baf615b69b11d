package dev.peregrine.queues.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.peregrine.queues.store.StoreUnavailableException;
import dev.peregrine.queues.store.StoredMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Durability: a process posting through the store is killed with SIGKILL in the middle of its
 * load; every message it had acknowledged is in the database afterwards, and the database is sound.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class SqliteCrashTest {

    private static final int ACKS_BEFORE_KILL = 5_000;
    private static final int UUID_LENGTH = 36;

    @TempDir
    Path directory;

    @Test
    void everyMessageAcknowledgedBeforeASigkillIsThereAfterIt() throws Exception {
        Path errors = directory.resolve("child-stderr.txt");
        Path data = directory.resolve("data");
        Process child = startChild(data, errors);
        Set<String> acknowledged = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals(PostingUntilKilled.READY, out.readLine(), () -> "the child did not start: " + read(errors));
            String refusal = assertThrows(StoreUnavailableException.class,
                    () -> SqliteQueueStore.open(data, Clock.systemUTC())).getMessage();
            assertTrue(refusal.contains("in use by another Peregrine Queues store"), refusal);

            for (String line; acknowledged.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null; ) {
                acknowledged.add(ackedId(line));
            }
            assertEquals(ACKS_BEFORE_KILL, acknowledged.size(), () -> "the child stopped early: " + read(errors));

            // NOTE: through the ProcessHandle, because Process.destroyForcibly() also closes our end
            // of the child's stdout, and the acknowledgements still in the pipe must be read.
            assertTrue(child.toHandle().destroyForcibly());
            child.waitFor();
            for (String line; (line = out.readLine()) != null; ) {
                // NOTE: the kill can cut the last line short; such an id was never acknowledged whole.
                if (line.length() == PostingUntilKilled.ACK.length() + UUID_LENGTH) {
                    acknowledged.add(ackedId(line));
                }
            }
        } finally {
            child.destroyForcibly();
        }

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(DataDirectory.DATABASE_FILE));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
            rows.next();
            assertEquals("ok", rows.getString(1));
        }
        try (SqliteQueueStore store = SqliteQueueStore.open(data, Clock.systemUTC())) {
            Set<String> stored = new HashSet<>();
            List<String> ids = new ArrayList<>(acknowledged);
            for (int from = 0; from < ids.size(); from += 100) {
                for (StoredMessage message : store.getAll(PostingUntilKilled.QUEUE, ids.subList(from, Math.min(ids.size(), from + 100)))) {
                    stored.add(message.id());
                }
            }
            Set<String> lost = new HashSet<>(acknowledged);
            lost.removeAll(stored);
            assertEquals(Set.of(), lost, "acknowledged but lost");
            assertTrue(store.stats(PostingUntilKilled.QUEUE).total() >= acknowledged.size());
        }
    }

    private static Process startChild(Path data, Path errors) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        for (String flag : System.getProperty("peregrine.test.jvmFlags", "").trim().split("\\s+")) {
            if (!flag.isEmpty()) {
                command.add(flag);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PostingUntilKilled.class.getName(), data.toString()));
        return new ProcessBuilder(command).redirectError(errors.toFile()).start();
    }

    private static String ackedId(String line) {
        assertTrue(line.startsWith(PostingUntilKilled.ACK), line);
        return line.substring(PostingUntilKilled.ACK.length());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (Exception e) {
            return "(" + file + " unreadable: " + e + ")";
        }
    }
}
