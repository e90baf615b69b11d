package dev.peregrine.bench.queues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peregrine.netty.PeregrineServer;
import dev.peregrine.queues.api.QueuesApp;
import dev.peregrine.queues.api.QueuesSettings;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.sqlite.SqliteQueueStore;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One short run (2 s; 3 producers, 2 consumers, 2 observers on 2 queues) against Peregrine Queues
 * started in-process, checked against what the server holds afterwards.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueuesBenchEndToEndTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Path directory;
    private QueueStore store;
    private PeregrineServer server;
    private BenchOptions options;
    private BenchResult result;
    private String progress;

    @BeforeAll
    void runTheBench() throws Exception {
        directory = Files.createTempDirectory("queues-bench-e2e");
        store = SqliteQueueStore.open(directory.resolve("data"), Clock.systemUTC());
        server = PeregrineServer.builder(QueuesApp.create(store, Clock.systemUTC(), QueuesSettings.defaults()))
                .port(0).build().start();
        options = BenchOptions.parse("-s", "http://127.0.0.1:" + server.port(), "-q", "e2e", "-qno", "2",
                "-pw", "3", "-cw", "2", "-ow", "2", "-cno", "3", "-lno", "4", "-t", "2");
        // A message left from an earlier run, which the queue reset must delete before counting starts.
        assertEquals(201, send("POST", "/v2/queues/e2e-0/messages", "{\"messages\":[{\"body\":\"stale\"}]}").statusCode());

        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        result = QueuesBench.run(options, WeightedMessages.builtIn(), new PrintStream(lines, true, StandardCharsets.UTF_8));
        progress = lines.toString(StandardCharsets.UTF_8);
    }

    @AfterAll
    void stopTheServer() throws Exception {
        server.stop();
        store.close();
    }

    @Test
    void everyRoleRanWithoutErrors() {
        assertEquals(List.of(Role.PRODUCER, Role.CONSUMER, Role.OBSERVER), result.roles().stream().map(RoleResult::role).toList());
        for (RoleResult role : result.roles()) {
            assertEquals(0, role.errors(), role.role() + ": " + role.errorsByStatus());
            assertEquals(role.requests(), role.successful(), role.role().label());
            assertTrue(role.successful() > 0, role.role().label());
            assertEquals(role.successful(), role.latency().count(), role.role().label());
        }
    }

    @Test
    void everyMessageProducedIsStillHeldOrWasDeletedByAConsumer() throws Exception {
        long held = 0;
        for (int queue = 0; queue < options.queueCount(); queue++) {
            HttpResponse<String> stats = send("GET", "/v2/queues/" + options.queueName(queue) + "/stats", null);
            held += new ObjectMapper().readTree(stats.body()).at("/messages/total").asLong();
        }
        long produced = result.role(Role.PRODUCER).messages();
        long deleted = result.role(Role.CONSUMER).messages();

        assertTrue(deleted > 0, "consumers deleted nothing");
        assertEquals(produced, held + deleted, "produced " + produced + ", held " + held + ", deleted " + deleted);
    }

    @Test
    void producersPostOneMessagePerRequest() {
        RoleResult producer = result.role(Role.PRODUCER);

        assertEquals(3, producer.actors());
        assertEquals(producer.successful(), producer.messages());
    }

    @Test
    void consumersDeleteEachClaimedMessageWithItsOwnRequest() {
        RoleResult consumer = result.role(Role.CONSUMER);
        OperationResult claims = consumer.operation(Operation.CLAIM);
        OperationResult deletes = consumer.operation(Operation.DELETE);

        assertTrue(claims.requests() > 0);
        assertEquals(consumer.messages(), deletes.requests());
        assertEquals(consumer.successful(), claims.requests() + deletes.requests());
        assertTrue(deletes.requests() <= claims.requests() * options.messagesPerClaim());
        assertEquals(claims.requests(), claims.latency().count());
        assertEquals(deletes.requests(), deletes.latency().count());
    }

    @Test
    void observersSawPagesOfAtMostTheirLimit() {
        RoleResult observer = result.role(Role.OBSERVER);

        assertTrue(observer.messages() > 0, "observers listed no message");
        assertTrue(observer.messages() <= observer.successful() * options.messagesPerList());
    }

    @Test
    void aProgressLineWentOutEachSecond() {
        List<String> lines = progress.lines().toList();

        assertTrue(lines.size() >= 2, progress);
        assertTrue(lines.getFirst().matches(" +1\\.\\d s  producer [\\d,]+ req/s  consumer [\\d,]+ req/s  observer [\\d,]+ req/s  errors 0"),
                lines.getFirst());
        assertTrue(result.timeline().size() >= 1, result.timeline().toString());
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Client-ID", UUID.randomUUID().toString()).header("X-Project-ID", "my-lovely-benchmark")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
