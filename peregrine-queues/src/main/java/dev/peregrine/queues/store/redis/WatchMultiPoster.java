package dev.peregrine.queues.store.redis;

import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.StoreUnavailableException;
import dev.peregrine.queues.store.TimeOrderedIds;
import io.lettuce.core.LettuceFutures;
import io.lettuce.core.RedisException;
import io.lettuce.core.ScoredValue;
import io.lettuce.core.TransactionResult;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Posts the optimistic way ({@link RedisPostMode#WATCH_MULTI}): {@code WATCH} the position
 * counter, {@code GET} it, then in {@code MULTI}: create the queue if missing, write each message
 * hash with its {@code EXPIRE}, {@code ZADD} the ids at consecutive positions and their expiries,
 * set the counter; {@code EXEC}. When a concurrent post changed the counter, Redis aborts the
 * {@code EXEC} and the post starts over with fresh ids, until the timeout; then it fails with
 * {@link StoreUnavailableException} (503).
 *
 * <p>WATCH and MULTI belong to a connection, so each transaction runs on a connection of its own,
 * taken from a small pool of dedicated connections (opened when first needed, closed when one
 * failed); a caller waits for a free one. The shared connection, which pipelines everyone's
 * commands, would mix transactions.
 */
final class WatchMultiPoster implements MessagePoster, AutoCloseable {

    /** How many dedicated connections it keeps at most. */
    static final int CONNECTIONS = 8;

    private final Supplier<StatefulRedisConnection<String, String>> connect;
    private final Duration timeout;
    private final Semaphore permits = new Semaphore(CONNECTIONS, true);
    private final BlockingQueue<StatefulRedisConnection<String, String>> idle = new ArrayBlockingQueue<>(CONNECTIONS);
    private final AtomicLong retries = new AtomicLong();

    WatchMultiPoster(Supplier<StatefulRedisConnection<String, String>> connect, Duration timeout) {
        this.connect = connect;
        this.timeout = timeout;
    }

    @Override
    public Posted post(QueueKeys queue, String clientId, List<NewMessage> messages, long now) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<String> ids = TimeOrderedIds.next(messages.size());
            TransactionResult result = transact(queue, clientId, messages, ids, now);
            if (!result.wasDiscarded()) {
                return new Posted(List.copyOf(ids), Boolean.TRUE.equals(result.get(0)));
            }
            retries.incrementAndGet();
            if (System.nanoTime() - deadline > 0) {
                throw new StoreUnavailableException("Posting to " + queue.queue() + " kept conflicting with other"
                        + " posts for " + timeout.toMillis() + " ms (WATCH/MULTI); try again");
            }
        }
    }

    /** How many times an {@code EXEC} was aborted by a concurrent change and the post retried. */
    long retries() {
        return retries.get();
    }

    private TransactionResult transact(QueueKeys queue, String clientId, List<NewMessage> messages, List<String> ids,
            long now) {
        permits.acquireUninterruptibly();
        StatefulRedisConnection<String, String> connection = idle.poll();
        boolean healthy = false;
        try {
            if (connection == null) {
                connection = connect.get();
            }
            RedisCommands<String, String> redis = connection.sync();
            redis.watch(queue.counter());
            String counter = redis.get(queue.counter());
            long first = counter == null ? 1 : Long.parseLong(counter);
            @SuppressWarnings("unchecked")
            ScoredValue<String>[] positions = new ScoredValue[messages.size()];
            @SuppressWarnings("unchecked")
            ScoredValue<String>[] expiries = new ScoredValue[messages.size()];
            // PERF: the transaction's commands are sent without waiting for each "QUEUED": one
            // round trip for MULTI to EXEC instead of one per command. The connection is this
            // post's alone, so nothing else can come between them.
            RedisAsyncCommands<String, String> pipeline = connection.async();
            pipeline.multi();
            pipeline.hsetnx(queue.queue(), "m", "{}");
            for (int i = 0; i < messages.size(); i++) {
                NewMessage message = messages.get(i);
                String key = queue.message(ids.get(i));
                long expires = now + message.ttl();
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("p", Long.toString(first + i));
                fields.put("b", message.bodyJson());
                fields.put("cr", Long.toString(now));
                fields.put("t", Integer.toString(message.ttl()));
                fields.put("e", Long.toString(expires));
                fields.put("u", clientId);
                fields.put("d", Long.toString(now + message.delay()));
                fields.put("ce", "0");
                fields.put("cc", "0");
                pipeline.hset(key, fields);
                pipeline.expire(key, message.ttl() + RedisQueueStore.TTL_MARGIN_SECONDS);
                positions[i] = ScoredValue.just(first + i, ids.get(i));
                expiries[i] = ScoredValue.just(expires, ids.get(i));
            }
            pipeline.zadd(queue.messages(), positions);
            pipeline.zadd(queue.expiries(), expiries);
            pipeline.set(queue.counter(), Long.toString(first + messages.size()));
            TransactionResult result = LettuceFutures.awaitOrCancel(pipeline.exec(), timeout.toMillis(),
                    TimeUnit.MILLISECONDS);
            healthy = true;
            return result;
        } catch (RedisException e) {
            throw new StoreUnavailableException("Posting to " + queue.queue() + " failed: " + e.getMessage(), e);
        } finally {
            if (healthy) {
                idle.offer(connection);
            } else if (connection != null) {
                // NOTE: it may have been left inside WATCH or MULTI; a new one is opened instead.
                connection.close();
            }
            permits.release();
        }
    }

    @Override
    public void close() {
        for (StatefulRedisConnection<String, String> connection; (connection = idle.poll()) != null; ) {
            connection.close();
        }
    }
}
