package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.NewMessage;
import java.util.List;

/**
 * One way of posting messages to a queue's keys ({@link RedisPostMode}): the messages get new ids
 * and consecutive positions after every message posted before, and the queue is created when it
 * is missing.
 */
interface MessagePoster {

    /**
     * What a post did.
     *
     * @param ids the new messages' ids, in post order
     * @param queueCreated whether the post created the queue, which then still has to be indexed
     */
    record Posted(List<String> ids, boolean queueCreated) {
    }

    /** Posts {@code messages} as {@code clientId} at {@code now}. */
    Posted post(QueueKeys queue, String clientId, List<NewMessage> messages, long now);
}
