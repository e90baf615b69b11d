package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.Claim;
import dev.peregrine.queues.store.ClaimNotFoundException;
import dev.peregrine.queues.store.ListQuery;
import dev.peregrine.queues.store.MessagePage;
import dev.peregrine.queues.store.MetadataJson;
import dev.peregrine.queues.store.NewMessage;
import dev.peregrine.queues.store.PositionMarker;
import dev.peregrine.queues.store.QueueId;
import dev.peregrine.queues.store.QueueNotFoundException;
import dev.peregrine.queues.store.QueuePage;
import dev.peregrine.queues.store.QueueStats;
import dev.peregrine.queues.store.QueueStore;
import dev.peregrine.queues.store.QueueSummary;
import dev.peregrine.queues.store.StoreUnavailableException;
import dev.peregrine.queues.store.StoredMessage;
import dev.peregrine.queues.store.TimeOrderedIds;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * A {@link QueueStore} in an embedded SQLite database, kept in one data directory.
 *
 * <p>Every write goes through one platform writer thread that commits whatever writes are queued
 * in one transaction (group commit), in WAL mode with {@code synchronous=FULL}: when a write
 * returns, it is fsynced. Reads run on a few platform threads with read-only connections, beside
 * the writer. Every few seconds the writer also deletes expired messages and ended claims; a
 * thread of its own copies the write-ahead log into the database file between the writer's commits.
 *
 * {@snippet :
 * try (QueueStore store = SqliteQueueStore.open(Path.of("/var/lib/peregrine-queues"), Clock.systemUTC())) {
 *     store.post(new QueueId("", "jobs"), clientId, List.of(new NewMessage("{\"task\":1}", 3600, 0)));
 * }
 * }
 */
public final class SqliteQueueStore implements QueueStore {

    private static final Duration SWEEP_INTERVAL = Duration.ofSeconds(5);
    private static final Duration CHECKPOINT_INTERVAL = Duration.ofMillis(200);
    private static final MessagePage EMPTY_PAGE = new MessagePage(List.of(), null);

    private final DataDirectory directory;
    private final GroupCommitWriter writer;
    private final ReaderPool readers;
    private final Checkpointer checkpointer;
    private final Sweeper sweeper;
    private final AtomicBoolean closed = new AtomicBoolean();

    private SqliteQueueStore(DataDirectory directory, GroupCommitWriter writer, ReaderPool readers,
                             Checkpointer checkpointer, Sweeper sweeper) {
        this.directory = directory;
        this.writer = writer;
        this.readers = readers;
        this.checkpointer = checkpointer;
        this.sweeper = sweeper;
    }

    /**
     * Opens the store in {@code directory}, creating the directory and the database on first start.
     *
     * @param clock the clock every time comes from (whole seconds are used)
     * @throws StoreUnavailableException naming the path and the fix when the directory cannot be
     *     created or written, another store holds it, or its database file is not this store's
     */
    public static SqliteQueueStore open(Path directory, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        DataDirectory files = DataDirectory.open(directory);
        try {
            Connection connection = files.openWriter();
            Connection checkpoints;
            try {
                Schema.prepare(connection, files.databaseFile());
                checkpoints = files.openCheckpointer();
            } catch (SQLException e) {
                closeQuietly(connection);
                throw DataDirectory.cannotOpen(files.databaseFile(), e);
            } catch (RuntimeException e) {
                closeQuietly(connection);
                throw e;
            }
            Sweeper sweeper = new Sweeper();
            GroupCommitWriter writer = new GroupCommitWriter(
                    new StatementCache(connection), clock, sweeper, SWEEP_INTERVAL, "peregrine-queues-writer");
            int readerCount = Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 4);
            ReaderPool readers = new ReaderPool(readerCount, files::openReader, clock, "peregrine-queues-reader");
            Checkpointer checkpointer = new Checkpointer(checkpoints, CHECKPOINT_INTERVAL, "peregrine-queues-checkpointer");
            return new SqliteQueueStore(files, writer, readers, checkpointer, sweeper);
        } catch (RuntimeException e) {
            files.close();
            throw e;
        }
    }

    // ---- Queues --------------------------------------------------------------------------------

    @Override
    public boolean createQueue(QueueId queue, Map<String, Object> metadata) {
        String json = MetadataJson.write(metadata);
        return writer.write((tables, now) -> tables.queues().create(queue, json, now));
    }

    @Override
    public boolean queueExists(QueueId queue) {
        return readers.read((tables, now) -> tables.queues().find(queue) != null);
    }

    @Override
    public Optional<Map<String, Object>> metadata(QueueId queue) {
        return readers.read((tables, now) -> Optional.ofNullable(tables.queues().find(queue))
                .map(row -> MetadataJson.read(row.metadataJson())));
    }

    /**
     * {@inheritDoc}
     *
     * <p>{@code change} runs on the writer thread, between other writes: keep it short.
     */
    @Override
    public Map<String, Object> updateMetadata(QueueId queue, UnaryOperator<Map<String, Object>> change) {
        return writer.write((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            if (row == null) {
                throw new QueueNotFoundException("Queue " + queue.name() + " does not exist.");
            }
            Map<String, Object> changed = Objects.requireNonNull(change.apply(MetadataJson.read(row.metadataJson())),
                    "the metadata change answered null");
            tables.queues().setMetadata(row.key(), MetadataJson.write(changed));
            return changed;
        });
    }

    @Override
    public void deleteQueue(QueueId queue) {
        writer.write((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            if (row != null) {
                tables.messages().deleteAllOf(row.key());
                tables.claims().deleteAllOf(row.key());
                tables.queues().delete(row.key());
            }
            return null;
        });
    }

    @Override
    public QueuePage listQueues(String project, String marker, int limit, boolean detailed) {
        List<QueueSummary> queues = readers.read((tables, now) -> tables.queues().page(project, marker, limit, detailed));
        return new QueuePage(queues, queues.isEmpty() ? null : queues.getLast().name());
    }

    @Override
    public long countQueues(String project) {
        return readers.read((tables, now) -> tables.queues().count(project));
    }

    @Override
    public QueueStats stats(QueueId queue) {
        return readers.read((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            if (row == null) {
                return new QueueStats(0, 0, 0, null, null);
            }
            MessageTable.Counts counts = tables.messages().count(row.key(), now);
            return new QueueStats(counts.claimed(), counts.total() - counts.claimed(), counts.total(),
                    tables.messages().end(row.key(), false, now), tables.messages().end(row.key(), true, now));
        });
    }

    @Override
    public void purgeMessages(QueueId queue) {
        writer.write((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            if (row != null) {
                tables.messages().deleteAllOf(row.key());
                tables.claims().deleteAllOf(row.key());
            }
            return null;
        });
    }

    // ---- Messages ------------------------------------------------------------------------------

    @Override
    public List<String> post(QueueId queue, String clientId, List<NewMessage> messages) {
        Objects.requireNonNull(clientId, "clientId");
        if (messages.isEmpty()) {
            return List.of();
        }
        // PERF: ids are made by the posting threads, in parallel, not by the one writer thread.
        List<String> ids = TimeOrderedIds.next(messages.size());
        writer.write((tables, now) -> {
            QueueTable.Row row = tables.queues().findOrCreate(queue, now);
            long first = tables.queues().reservePositions(row, messages.size());
            for (int i = 0; i < messages.size(); i++) {
                tables.messages().insert(row.key(), first + i, ids.get(i), clientId, messages.get(i), now);
            }
            return null;
        });
        return List.copyOf(ids);
    }

    @Override
    public MessagePage list(QueueId queue, ListQuery query) {
        if (query.limit() < 1) {
            throw new IllegalArgumentException("A page needs a limit of at least 1, not " + query.limit());
        }
        return readers.read((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            long after = query.marker() == null ? 0 : PositionMarker.parse(query.marker());
            // A marker names a position this queue has handed out; any other gives an empty page,
            // never a restart from the head.
            if (row == null || (query.marker() != null && (after < 1 || after >= row.nextPosition()))) {
                return EMPTY_PAGE;
            }
            List<StoredMessage> messages = tables.messages().page(row.key(), after, query, now);
            return messages.isEmpty() ? EMPTY_PAGE
                    : new MessagePage(messages, PositionMarker.of(messages.getLast().position()));
        });
    }

    @Override
    public Optional<StoredMessage> get(QueueId queue, String messageId) {
        return readers.read((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            return Optional.ofNullable(row == null ? null : tables.messages().find(row.key(), messageId, now));
        });
    }

    @Override
    public List<StoredMessage> getAll(QueueId queue, List<String> messageIds) {
        return readers.read((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            List<StoredMessage> found = new ArrayList<>(messageIds.size());
            if (row != null) {
                for (String id : new LinkedHashSet<>(messageIds)) {
                    StoredMessage message = tables.messages().find(row.key(), id, now);
                    if (message != null) {
                        found.add(message);
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void delete(QueueId queue, String messageId, String claimId) {
        writer.write((tables, now) -> {
            ClaimCheckedDelete.delete(tables, queue, messageId, claimId, now);
            return null;
        });
    }

    @Override
    public void deleteAll(QueueId queue, List<String> messageIds) {
        writer.write((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            if (row != null) {
                for (String id : messageIds) {
                    tables.messages().delete(row.key(), id);
                }
            }
            return null;
        });
    }

    @Override
    public List<StoredMessage> pop(QueueId queue, int limit) {
        return writer.write((tables, now) -> ClaimTaker.pop(tables, queue, limit, now));
    }

    // ---- Claims --------------------------------------------------------------------------------

    @Override
    public Optional<Claim> claim(QueueId queue, int limit, int ttl, int grace) {
        return writer.write((tables, now) -> ClaimTaker.claim(tables, queue, limit, ttl, grace, now));
    }

    @Override
    public Optional<Claim> getClaim(QueueId queue, String claimId) {
        return readers.read((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            ClaimTable.Row claim = row == null ? null : tables.claims().findLive(row.key(), claimId, now);
            if (claim == null) {
                return Optional.empty();
            }
            return Optional.of(new Claim(claimId, claim.ttl(), claim.grace(), claim.updated(), claim.expires(),
                    tables.messages().ofClaim(row.key(), claimId, now)));
        });
    }

    @Override
    public void updateClaim(QueueId queue, String claimId, int ttl, int grace) {
        writer.write((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            if (row == null || tables.claims().findLive(row.key(), claimId, now) == null) {
                throw new ClaimNotFoundException("Claim " + claimId + " does not exist or has expired.");
            }
            tables.claims().renew(row.key(), claimId, ttl, grace, now);
            tables.messages().renewClaim(row.key(), claimId, ttl, grace, now);
            return null;
        });
    }

    @Override
    public void deleteClaim(QueueId queue, String claimId) {
        writer.write((tables, now) -> {
            QueueTable.Row row = tables.queues().find(queue);
            if (row != null) {
                tables.claims().delete(row.key(), claimId);
                tables.messages().release(row.key(), claimId, now);
            }
            return null;
        });
    }

    // ---- Health and upkeep ---------------------------------------------------------------------

    @Override
    public void ping() {
        if (!writer.isRunning()) {
            throw new StoreUnavailableException("The store's writer has stopped.");
        }
        // Any read of the file will do: this one reads an index page.
        readers.read((tables, now) -> tables.queues().count(""));
    }

    /**
     * Deletes every expired message and ended claim now, as the store does every few seconds on
     * its own; nothing reads them either way, this only gives the space back.
     *
     * @return how many messages it deleted
     */
    public int sweep() {
        int deleted = 0;
        int round;
        do {
            round = writer.write(sweeper);
            deleted += round;
        } while (round == Sweeper.MESSAGES_PER_ROUND);
        return deleted;
    }

    /** How many writes are queued for the writer, not yet taken into a group. */
    int queuedWrites() {
        return writer.queuedRequests();
    }

    /** How many write transactions have committed since the store opened (groups of writes). */
    long groupsCommitted() {
        return writer.groupsCommitted();
    }

    /** How many writes have committed since the store opened, in all groups. */
    long writesCommitted() {
        return writer.requestsCommitted();
    }

    /** Finishes the writes queued, then closes the database and releases the directory. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                checkpointer.close();
                writer.close();
                readers.close();
            } finally {
                directory.close();
            }
        }
    }

    @Override
    public String toString() {
        return "SqliteQueueStore[" + directory + "]";
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // NOTE: nothing was written on it; the failure that led here is the one to report.
        }
    }
}
