package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.QueueId;

/**
 * The Redis keys of one queue. Every key carries the queue's hash tag {@code {project/name}}, so
 * every key of a queue, and every script or transaction on it, is in one Redis Cluster slot.
 *
 * <p>Message and claim keys are built from {@link #queue()}: {@code q{P/Q}:m:<id>} and
 * {@code q{P/Q}:c:<claim id>} (with {@code :m} for its messages). The scripts build them the same
 * way from the queue key they are given in {@code KEYS[1]}, so they stay in its slot.
 *
 * @param queue the queue's hash ({@code q{P/Q}}): its metadata, field {@code m}
 * @param counter the position the next message gets ({@code q{P/Q}:n})
 * @param messages the message index: ids scored by position ({@code q{P/Q}:msgs})
 * @param expiries ids scored by when they expire ({@code q{P/Q}:exp}): totals and garbage collection
 * @param claimed ids scored by when their claim ends ({@code q{P/Q}:clm}): claimed counts
 * @param claims claim ids scored by when they end ({@code q{P/Q}:claims}): garbage collection
 */
record QueueKeys(String queue, String counter, String messages, String expiries, String claimed, String claims) {

    /** The start of every queue key; the garbage collector finds queues by it. */
    static final String QUEUE_PREFIX = "q{";

    /** The keys of {@code queue}. */
    // NOTE: made per call, not cached: six short concatenations cost nothing beside the round trip
    // they are sent on, and a cache would need evicting as queues come and go.
    static QueueKeys of(QueueId queue) {
        return ofQueueKey(QUEUE_PREFIX + escape(queue.project()) + '/' + escape(queue.name()) + '}');
    }

    /** The keys of the queue whose hash is {@code queueKey}. */
    static QueueKeys ofQueueKey(String queueKey) {
        return new QueueKeys(queueKey, queueKey + ":n", queueKey + ":msgs", queueKey + ":exp", queueKey + ":clm",
                queueKey + ":claims");
    }

    /**
     * The project's queue index ({@code p{P}:queues}): its queue names, all scored 0 so that they
     * sort by name. It has a hash tag of its own, so it is kept apart from the queues' keys: a
     * queue is created first and then indexed, and unindexed before it is deleted, each step
     * idempotent.
     */
    static String projectIndex(String project) {
        return "p{" + escape(project) + "}:queues";
    }

    /** The hash of message {@code id}. */
    String message(String id) {
        return queue + ":m:" + id;
    }

    /**
     * {@code part} with {@code %}, {@code {}, {@code }} and {@code /} percent-escaped, so that no
     * project or name can end the hash tag early or move the separator: {@code ("P.x", "a.b")}
     * and {@code ("P", "x.a.b")} stay two queues (Zaqar's driver joined them with dots).
     */
    // PERF: names the API accepts ([a-zA-Z0-9_.-]) and most project ids need no escaping, and are
    // answered as they are.
    static String escape(String part) {
        int i = 0;
        while (i < part.length() && !special(part.charAt(i))) {
            i++;
        }
        if (i == part.length()) {
            return part;
        }
        StringBuilder escaped = new StringBuilder(part.length() + 8).append(part, 0, i);
        for (; i < part.length(); i++) {
            char c = part.charAt(i);
            switch (c) {
                case '%' -> escaped.append("%25");
                case '/' -> escaped.append("%2F");
                case '{' -> escaped.append("%7B");
                case '}' -> escaped.append("%7D");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean special(char c) {
        return c == '%' || c == '/' || c == '{' || c == '}';
    }
}
