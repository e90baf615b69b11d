package dev.peregrine.bench.queues;

import io.netty.handler.codec.http.FullHttpResponse;
import java.util.random.RandomGenerator;

/**
 * What one actor does: the request it sends next and what it makes of each answer. One
 * implementation per {@link Role}; an {@link ActorConnection} sends the requests, one at a time, and
 * times them. Every method runs on the connection's event loop.
 */
interface Actor {
    /**
     * Picks the next request.
     *
     * @param random the event loop's random numbers, for the queue (and message) to use
     * @return the request, with the operation it counts as
     */
    ActorRequest next(RandomGenerator random);

    /**
     * Takes in the answer to the request {@link #next} returned last.
     *
     * @param request  that request
     * @param response the whole response
     * @return the messages the answer accounts for: 1 for a message posted or deleted, the page's
     *         size for a listing, 0 otherwise
     */
    int answered(ActorRequest request, FullHttpResponse response);
}
