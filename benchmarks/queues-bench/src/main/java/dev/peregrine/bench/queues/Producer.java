package dev.peregrine.bench.queues;

import io.netty.handler.codec.http.FullHttpResponse;
import java.util.random.RandomGenerator;

/** zaqar-bench's producer: posts one message, chosen by weight, to a random queue per request. */
final class Producer implements Actor {
    private final WeightedMessages messages;
    /** By queue, then by message. */
    private final ActorRequest[][] posts;

    Producer(BenchOptions options, WeightedMessages messages, ZaqarRequests requests) {
        this.messages = messages;
        this.posts = new ActorRequest[options.queueCount()][messages.size()];
        // PERF: a producer's requests differ only by queue and message, so each is encoded once here.
        for (int queue = 0; queue < posts.length; queue++) {
            for (int message = 0; message < messages.size(); message++) {
                posts[queue][message] = new ActorRequest(Operation.POST, queue,
                        requests.post("/v2/queues/" + options.queueName(queue) + "/messages", messages.postBody(message)));
            }
        }
    }

    @Override
    public ActorRequest next(RandomGenerator random) {
        return posts[random.nextInt(posts.length)][messages.choose(random.nextDouble())];
    }

    @Override
    public int answered(ActorRequest request, FullHttpResponse response) {
        return response.status().code() == 201 ? 1 : 0;
    }
}
