package dev.peregrine.bench.queues;

import com.fasterxml.jackson.databind.JsonNode;
import io.netty.handler.codec.http.FullHttpResponse;
import java.util.ArrayDeque;
import java.util.random.RandomGenerator;

/**
 * zaqar-bench's consumer: claims up to {@code -cno} messages of a random queue with ttl 300 and
 * grace 200 (zaqar-bench's fixed values), then deletes each claimed message, one request per message,
 * with its claim id, before claiming again.
 */
final class Consumer implements Actor {
    static final String CLAIM_BODY = "{\"ttl\": 300, \"grace\": 200}";

    private final ZaqarRequests requests;
    private final ActorRequest[] claims;
    /** The claimed messages still to delete: their hrefs, which carry {@code ?claim_id=}. */
    private final ArrayDeque<String> claimed = new ArrayDeque<>();
    private int claimedQueue;

    Consumer(BenchOptions options, ZaqarRequests requests) {
        this.requests = requests;
        this.claims = new ActorRequest[options.queueCount()];
        for (int queue = 0; queue < claims.length; queue++) {
            claims[queue] = new ActorRequest(Operation.CLAIM, queue, requests.post(
                    "/v2/queues/" + options.queueName(queue) + "/claims?limit=" + options.messagesPerClaim(), CLAIM_BODY));
        }
    }

    @Override
    public ActorRequest next(RandomGenerator random) {
        if (claimed.isEmpty()) {
            return claims[random.nextInt(claims.length)];
        }
        return new ActorRequest(Operation.DELETE, claimedQueue, requests.delete(claimed.poll()));
    }

    @Override
    public int answered(ActorRequest request, FullHttpResponse response) {
        int status = response.status().code();
        if (request.operation() == Operation.DELETE) {
            return status == 204 ? 1 : 0;
        }
        // NOTE: 204 means nothing was claimable; the next request claims again, as zaqar-bench does.
        if (status == 201) {
            claimedQueue = request.queue();
            for (JsonNode message : ResponseJson.read(response).path("messages")) {
                String href = message.path("href").asText("");
                if (href.startsWith("/") && href.contains("claim_id=")) {
                    claimed.add(href);
                }
            }
        }
        return 0;
    }
}
