package dev.peregrine.queues.store;

import java.util.ArrayList;
import java.util.List;

/**
 * What every part of the {@link QueueStoreContract} works with: the store under test, its clock,
 * and a few ways to fill a queue.
 */
interface ContractFixture {

    /** The queue most tests use. */
    QueueId QUEUE = new QueueId("project", "test_queue");

    /** The client id most messages are posted with. */
    String CLIENT = "3381af92-2b9e-11e3-b191-71861300734c";

    /** Another client, which sees {@link #CLIENT}'s messages without {@code echo}. */
    String OTHER_CLIENT = "9e8f2b5a-0c1d-4e6f-8a7b-1c2d3e4f5a6b";

    /** The message TTL used unless a test says otherwise. */
    int TTL = 3600;

    /** The store under test, fresh for each test. */
    QueueStore store();

    /** The store's clock, standing still until a test moves it. */
    SettableClock clock();

    /** Posts {@code count} messages with bodies {@code {"n":0}}, {@code {"n":1}}, ... as {@link #CLIENT}. */
    default List<String> post(QueueId queue, int count) {
        return post(queue, CLIENT, count, TTL, 0);
    }

    /** Posts {@code count} messages with this TTL as {@link #CLIENT}. */
    default List<String> post(QueueId queue, int count, int ttl) {
        return post(queue, CLIENT, count, ttl, 0);
    }

    /** Posts {@code count} messages in one post. */
    default List<String> post(QueueId queue, String clientId, int count, int ttl, int delay) {
        List<NewMessage> messages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            messages.add(new NewMessage("{\"n\":" + i + "}", ttl, delay));
        }
        return store().post(queue, clientId, messages);
    }

    /** A listing as {@link #OTHER_CLIENT} that hides claimed and delayed messages, as the API does by default. */
    default ListQuery visible(String marker, int limit) {
        return new ListQuery(marker, limit, OTHER_CLIENT, false, false, false);
    }

    /** A listing that shows every message that has not expired. */
    default ListQuery everything(int limit) {
        return new ListQuery(null, limit, OTHER_CLIENT, true, true, true);
    }

    /** The ids of the page {@code query} lists. */
    default List<String> listIds(QueueId queue, ListQuery query) {
        return ids(store().list(queue, query).messages());
    }

    /** The messages' ids, in order. */
    default List<String> ids(List<StoredMessage> messages) {
        List<String> ids = new ArrayList<>(messages.size());
        for (StoredMessage message : messages) {
            ids.add(message.id());
        }
        return ids;
    }

    /** The queues' names, in order. */
    default List<String> queueNames(QueuePage page) {
        List<String> names = new ArrayList<>(page.queues().size());
        for (QueueSummary queue : page.queues()) {
            names.add(queue.name());
        }
        return names;
    }

    /** The claim, which the test expects to exist. */
    default Claim claim(QueueId queue, int limit, int ttl, int grace) {
        return store().claim(queue, limit, ttl, grace).orElseThrow(() -> new AssertionError("nothing was claimed"));
    }
}
