package dev.peregrine.queues.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out as a user runs it: {@code scripts/run-queues-scaled} starts Redis, three stateless
 * instances and nginx in front of them; producers, observers and consumers work through nginx
 * while one instance is killed with SIGKILL. Every message a producer got a 201 for reaches every
 * observer exactly once, in its producer's order, and is consumed exactly once; the only errors
 * clients see are 502s for requests that were in flight on the killed instance.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ScaleOutBehindNginxTest {

    private static final Path SCRIPT = Path.of("..", "scripts", "run-queues-scaled").toAbsolutePath().normalize();
    private static final Pattern INSTANCE = Pattern.compile("^instance (\\d+): pid (\\d+) on ");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PRODUCERS = 6;
    private static final int OBSERVERS = 3;
    private static final int CONSUMERS = 3;
    private static final String FEED = "feed";
    private static final String WORK = "work";

    @TempDir
    Path directory;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Integer, AtomicInteger> errorsByStatus = new ConcurrentHashMap<>();
    private final AtomicInteger acknowledgements = new AtomicInteger();
    // When the killed instance was gone (nanoTime); requests sent later must never fail.
    private volatile long killedAt = Long.MAX_VALUE;
    private final AtomicInteger failedAfterKill = new AtomicInteger();
    private String origin;
    private String base;

    @Test
    void everyAcknowledgedMessageIsDeliveredOnceThoughAnInstanceDies() throws Exception {
        assertTrue(Files.isExecutable(Path.of("/usr/sbin/nginx")), "this test needs nginx: apt-get install -y nginx-light");
        assertTrue(Files.isExecutable(Path.of("/usr/bin/redis-server")), "this test needs redis-server: apt-get install -y redis-server");
        int port = freePort();
        int firstInstancePort = freePortRun(3);
        int redisPort = freePort();
        Path log = directory.resolve("run-queues-scaled.log");
        ProcessBuilder command = new ProcessBuilder(SCRIPT.toString(), "--instances", "3", "--port", String.valueOf(port),
                "--first-instance-port", String.valueOf(firstInstancePort), "--redis-port", String.valueOf(redisPort),
                "--data", directory.resolve("data").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        // NOTE: the instances run from this test's own classpath; the script would otherwise build,
        // rewriting the classes this very test run is using.
        command.environment().put("PEREGRINE_QUEUES_CLASSPATH",
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
        Process scaled = command.start();
        try {
            Map<Integer, Long> instances = awaitStart(scaled, log);
            origin = "http://127.0.0.1:" + port;
            base = origin + "/v2/queues/";
            run(instances.get(2));
        } finally {
            scaled.destroy();
            if (!scaled.waitFor(60, TimeUnit.SECONDS)) {
                scaled.destroyForcibly();
                fail("run-queues-scaled did not stop within 60 s of SIGTERM");
            }
        }
    }

    private void run(long victim) throws Exception {
        AtomicBoolean producing = new AtomicBoolean(true);
        CountDownLatch halfway = new CountDownLatch(PRODUCERS);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Map<Integer, List<Integer>>>> producers = new ArrayList<>();
            for (int p = 0; p < PRODUCERS; p++) {
                int producer = p;
                producers.add(threads.submit(() -> produce(producer, producing, halfway)));
            }
            List<Future<List<int[]>>> observers = new ArrayList<>();
            for (int o = 0; o < OBSERVERS; o++) {
                observers.add(threads.submit(() -> observe(producing)));
            }
            List<Future<Consumed>> consumers = new ArrayList<>();
            for (int c = 0; c < CONSUMERS; c++) {
                consumers.add(threads.submit(() -> consume(producing)));
            }
            assertTrue(halfway.await(60, TimeUnit.SECONDS), "the producers never got going");
            ProcessHandle instance = ProcessHandle.of(victim).orElseThrow();
            assertTrue(instance.destroyForcibly());
            instance.onExit().get(10, TimeUnit.SECONDS);
            killedAt = System.nanoTime();
            int beforeKill = acknowledgements.get();
            Thread.sleep(4_000);
            producing.set(false);
            assertTrue(acknowledgements.get() > beforeKill + 50,
                    "the service did not go on after the instance died: " + (acknowledgements.get() - beforeKill) + " acks");

            Map<Integer, List<Integer>> posted = new HashMap<>();
            for (Future<Map<Integer, List<Integer>>> producer : producers) {
                posted.putAll(producer.get());
            }
            int total = posted.values().stream().mapToInt(List::size).sum();
            assertTrue(total > 100, "too few messages were posted to tell anything: " + total);

            for (Future<List<int[]>> observer : observers) {
                assertDeliveredOnceInOrder(posted, observer.get(), "an observer");
            }
            List<int[]> deleted = new ArrayList<>();
            List<int[]> uncertain = new ArrayList<>();
            for (Future<Consumed> consumer : consumers) {
                deleted.addAll(consumer.get().deleted());
                uncertain.addAll(consumer.get().uncertain());
            }
            // NOTE: a claim whose answer was lost with the killed instance keeps its messages
            // for the claim's 300 s; they are still in the queue, not lost.
            List<int[]> left = leftInWork();
            assertTrue(left.size() <= 5 * badGateways(), left.size() + " messages left in the work queue, but only "
                    + badGateways() + " requests failed");
            assertConsumedOnce(posted, deleted, uncertain, left);
        }
        for (Map.Entry<Integer, AtomicInteger> error : errorsByStatus.entrySet()) {
            assertEquals(502, error.getKey(), "clients saw a " + error.getKey() + " " + error.getValue() + " times");
        }
        assertTrue(badGateways() <= PRODUCERS + OBSERVERS + CONSUMERS,
                "more 502s (" + badGateways() + ") than requests that can have been in flight on the killed instance");
        assertEquals(0, failedAfterKill.get(), "requests sent after the instance died failed");
    }

    private int badGateways() {
        return errorsByStatus.getOrDefault(502, new AtomicInteger()).get();
    }

    /** Posts each message to both queues until told to stop; answers what got a 201, in order. */
    private Map<Integer, List<Integer>> produce(int producer, AtomicBoolean producing, CountDownLatch halfway) throws Exception {
        String client = UUID.randomUUID().toString();
        List<Integer> acked = new ArrayList<>();
        for (int n = 0; producing.get(); n++) {
            String body = "{\"messages\":[{\"ttl\":600,\"body\":{\"p\":" + producer + ",\"n\":" + n + "}}]}";
            boolean feed = post(FEED, client, body);
            boolean work = feed && post(WORK, client, body);
            if (feed && work) {
                acked.add(n);
                acknowledgements.incrementAndGet();
            } else if (feed) {
                // NOTE: acknowledged on the feed only; the work queue may or may not have it.
                acked.add(-n - 1);
            }
            if (n == 50) {
                halfway.countDown();
            }
        }
        return Map.of(producer, acked);
    }

    private boolean post(String queue, String client, String body) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + queue + "/messages"))
                .header("Client-ID", client).header("X-Project-ID", "scale").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        return answer != null && answer.statusCode() == 201;
    }

    /** Pages through the feed by marker until producers stopped and a page comes back empty. */
    private List<int[]> observe(AtomicBoolean producing) throws Exception {
        String client = UUID.randomUUID().toString();
        List<int[]> seen = new ArrayList<>();
        String next = base + FEED + "/messages?limit=10";
        int emptyAfterStop = 0;
        while (emptyAfterStop < 3) {
            boolean stopped = !producing.get();
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(next))
                    .header("Client-ID", client).header("X-Project-ID", "scale").GET());
            if (answer == null || answer.statusCode() != 200) {
                continue;
            }
            JsonNode page = JSON.readTree(answer.body());
            for (JsonNode message : page.get("messages")) {
                seen.add(new int[] {message.at("/body/p").asInt(), message.at("/body/n").asInt()});
            }
            if (page.get("messages").isEmpty()) {
                emptyAfterStop = stopped ? emptyAfterStop + 1 : 0;
                Thread.sleep(50);
            } else {
                next = origin + page.at("/links/0/href").asText();
            }
        }
        return seen;
    }

    /** What a consumer deleted, and what it tried to delete when the answer was lost. */
    private record Consumed(List<int[]> deleted, List<int[]> uncertain) {
    }

    /** Claims and deletes from the work queue until producers stopped and nothing is left to claim. */
    private Consumed consume(AtomicBoolean producing) throws Exception {
        String client = UUID.randomUUID().toString();
        Consumed consumed = new Consumed(new ArrayList<>(), new ArrayList<>());
        int emptyAfterStop = 0;
        while (emptyAfterStop < 3) {
            boolean stopped = !producing.get();
            HttpResponse<String> claim = send(HttpRequest.newBuilder(URI.create(base + WORK + "/claims?limit=5"))
                    .header("Client-ID", client).header("X-Project-ID", "scale").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ttl\":300,\"grace\":60}")));
            if (claim == null || claim.statusCode() == 204) {
                emptyAfterStop = stopped && claim != null ? emptyAfterStop + 1 : 0;
                Thread.sleep(50);
                continue;
            }
            if (claim.statusCode() != 201) {
                continue;
            }
            for (JsonNode message : JSON.readTree(claim.body()).get("messages")) {
                int[] id = {message.at("/body/p").asInt(), message.at("/body/n").asInt()};
                HttpResponse<String> deleted = send(HttpRequest.newBuilder(URI.create(origin + message.get("href").asText()))
                        .header("Client-ID", client).header("X-Project-ID", "scale").DELETE());
                (deleted != null && deleted.statusCode() == 204 ? consumed.deleted() : consumed.uncertain()).add(id);
            }
        }
        return consumed;
    }

    /** Every message left in the work queue, claimed or not. */
    private List<int[]> leftInWork() throws Exception {
        List<int[]> left = new ArrayList<>();
        String next = base + WORK + "/messages?limit=20&include_claimed=true&echo=true";
        while (true) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(next))
                    .header("Client-ID", UUID.randomUUID().toString()).header("X-Project-ID", "scale").GET());
            assertEquals(200, answer.statusCode(), answer.body());
            JsonNode page = JSON.readTree(answer.body());
            if (page.get("messages").isEmpty()) {
                return left;
            }
            for (JsonNode message : page.get("messages")) {
                left.add(new int[] {message.at("/body/p").asInt(), message.at("/body/n").asInt()});
            }
            next = origin + page.at("/links/0/href").asText();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws InterruptedException {
        long sentAt = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            answer = null;
        }
        int status = answer == null ? -1 : answer.statusCode();
        if (status >= 400 || status == -1) {
            errorsByStatus.computeIfAbsent(status, any -> new AtomicInteger()).incrementAndGet();
            // NOTE: sent once the instance was dead, so it can only have gone to a live one.
            if (sentAt - killedAt > 0) {
                failedAfterKill.incrementAndGet();
            }
        }
        return answer;
    }

    private static void assertDeliveredOnceInOrder(Map<Integer, List<Integer>> posted, List<int[]> seen, String who) {
        Map<Integer, List<Integer>> byProducer = new HashMap<>();
        Set<String> distinct = new HashSet<>();
        for (int[] message : seen) {
            assertTrue(distinct.add(message[0] + "/" + message[1]), who + " saw " + message[0] + "/" + message[1] + " twice");
            byProducer.computeIfAbsent(message[0], p -> new ArrayList<>()).add(message[1]);
        }
        for (Map.Entry<Integer, List<Integer>> producer : posted.entrySet()) {
            List<Integer> order = byProducer.getOrDefault(producer.getKey(), List.of());
            for (int i = 1; i < order.size(); i++) {
                assertTrue(order.get(i - 1) < order.get(i), who + " saw producer " + producer.getKey() + " out of order: " + order);
            }
            for (int acked : producer.getValue()) {
                int n = acked < 0 ? -acked - 1 : acked;
                assertTrue(order.contains(n), who + " never saw acknowledged message " + producer.getKey() + "/" + n);
            }
        }
    }

    private static void assertConsumedOnce(Map<Integer, List<Integer>> posted, List<int[]> deleted, List<int[]> uncertain,
                                           List<int[]> left) {
        Set<String> done = new HashSet<>();
        for (int[] message : deleted) {
            assertTrue(done.add(message[0] + "/" + message[1]), "message " + message[0] + "/" + message[1] + " was consumed twice");
        }
        Set<String> accounted = new HashSet<>(done);
        for (int[] message : uncertain) {
            accounted.add(message[0] + "/" + message[1]);
        }
        for (int[] message : left) {
            assertTrue(!done.contains(message[0] + "/" + message[1]), "message " + message[0] + "/" + message[1]
                    + " was deleted and is still in the queue");
            accounted.add(message[0] + "/" + message[1]);
        }
        for (Map.Entry<Integer, List<Integer>> producer : posted.entrySet()) {
            for (int acked : producer.getValue()) {
                if (acked >= 0) {
                    assertTrue(accounted.contains(producer.getKey() + "/" + acked),
                            "acknowledged message " + producer.getKey() + "/" + acked + " was lost from the work queue");
                }
            }
        }
    }

    /** Reads the script's log until it says it serves: the instances' process ids by number. */
    private static Map<Integer, Long> awaitStart(Process scaled, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        while (System.nanoTime() < deadline && scaled.isAlive()) {
            List<String> lines = Files.readAllLines(log);
            if (lines.stream().anyMatch(line -> line.startsWith("Peregrine Queues: "))) {
                Map<Integer, Long> instances = new HashMap<>();
                for (String line : lines) {
                    Matcher instance = INSTANCE.matcher(line);
                    if (instance.find()) {
                        instances.put(Integer.parseInt(instance.group(1)), Long.parseLong(instance.group(2)));
                    }
                }
                assertEquals(3, instances.size(), String.join("\n", lines));
                return instances;
            }
            Thread.sleep(100);
        }
        StringBuilder logs = new StringBuilder("run-queues-scaled did not serve:\n").append(Files.readString(log));
        try (var files = Files.newDirectoryStream(log.resolveSibling("data"), "instance-*.log")) {
            for (Path instanceLog : files) {
                logs.append("\n--- ").append(instanceLog.getFileName()).append(":\n").append(Files.readString(instanceLog));
            }
        }
        throw new AssertionError(logs.toString());
    }

    /** The first of {@code count} consecutive free ports, for the script's instances. */
    private static int freePortRun(int count) throws IOException {
        for (int attempt = 0; attempt < 100; attempt++) {
            int first = freePort();
            List<ServerSocket> held = new ArrayList<>();
            try {
                for (int i = 0; i < count; i++) {
                    held.add(new ServerSocket(first + i));
                }
                return first;
            } catch (IOException taken) {
                // one of them is in use: try another run
            } finally {
                for (ServerSocket socket : held) {
                    socket.close();
                }
            }
        }
        throw new IOException("no " + count + " consecutive free ports found");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
