package dev.peregrine.bench.queues;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * Deletes and recreates the bench's queues before a run, as zaqar-bench does unless told
 * {@code --skip-queue-reset}, so every run starts from empty queues. A few requests, so the JDK's
 * client does.
 */
final class QueueReset {
    private final BenchOptions options;
    private final HttpClient client;
    private final String clientId = UUID.randomUUID().toString();

    QueueReset(BenchOptions options) {
        this.options = options;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.timeout()).build();
    }

    /**
     * Resets every queue.
     *
     * @throws IllegalStateException naming the queue, the request and the server's answer when one fails
     * @throws InterruptedException  when interrupted while waiting for the server
     */
    void resetAll() throws InterruptedException {
        for (int i = 0; i < options.queueCount(); i++) {
            String queue = options.queueName(i);
            send("DELETE", queue);
            send("PUT", queue);
        }
    }

    private void send(String method, String queue) throws InterruptedException {
        URI uri = URI.create(options.base() + "/v2/queues/" + queue);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(options.timeout())
                .header("Client-ID", clientId).header("X-Project-ID", options.project())
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        options.token().ifPresent(token -> request.header("X-Auth-Token", token));
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + options.base() + " (" + e + "); is the server running? "
                    + "Start Peregrine Queues with scripts/run-queues --port " + options.port(), e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("resetting queue " + queue + ": " + method + " " + uri + " answered "
                    + response.statusCode() + " " + response.body().strip()
                    + (response.statusCode() == 401 ? " (give --token)" : ""));
        }
    }
}
