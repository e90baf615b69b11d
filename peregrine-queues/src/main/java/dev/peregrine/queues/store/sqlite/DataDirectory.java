package dev.peregrine.queues.store.sqlite;

import dev.peregrine.queues.store.StoreUnavailableException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;

/**
 * The directory a SQLite store keeps its files in ({@value #DATABASE_FILE}, its {@code -wal} and
 * {@code -shm} files, and {@value #LOCK_FILE}), held for as long as the store is open.
 *
 * <p>Opening fails fast with a message that names the path and the fix: a directory that cannot
 * be created or written, one another store holds (in this process or another), a file that is not
 * a SQLite database.
 */
final class DataDirectory implements AutoCloseable {

    /** The database file's name inside the directory. */
    static final String DATABASE_FILE = "queues.db";

    /** The lock file's name: an OS lock on it marks the directory as in use. */
    static final String LOCK_FILE = "queues.lock";

    /** How long a connection waits for a lock SQLite holds briefly (a checkpoint, WAL recovery). */
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private static final int WAL_BACKSTOP_PAGES = 16_384;

    // NOTE: SQLite lets any number of processes open one database in WAL mode, so it cannot tell
    // us that another store is running on the same files. An OS file lock can, and the OS drops it
    // when the process dies, even by SIGKILL, so a crash never leaves a stale lock behind.
    private final Path directory;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private DataDirectory(Path directory, FileChannel lockChannel, FileLock lock) {
        this.directory = directory;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Creates the directory when needed and takes its lock.
     *
     * @throws StoreUnavailableException when it cannot be created, written or locked
     */
    static DataDirectory open(Path path) {
        Path directory = path.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
        } catch (FileAlreadyExistsException e) {
            throw new StoreUnavailableException("The data directory " + directory
                    + " exists but is not a directory. Move that file away, or choose another data directory.", e);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot create the data directory " + directory + " (" + e
                    + "). Create it yourself, or choose a directory this user can write to.", e);
        }
        if (!Files.isWritable(directory)) {
            throw new StoreUnavailableException("The data directory " + directory
                    + " is not writable by this user. Give this user write access to it (the store creates "
                    + DATABASE_FILE + " and its -wal and -shm files there), or choose another data directory.");
        }
        Path lockFile = directory.resolve(LOCK_FILE);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreUnavailableException("Cannot open the lock file " + lockFile + " (" + e
                    + "). Give this user write access to " + directory + ", or choose another data directory.", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StoreUnavailableException("Cannot lock " + lockFile + " (" + e
                    + "). Use a data directory on a local file system that supports file locks.", e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StoreUnavailableException("The data directory " + directory
                    + " is in use by another Peregrine Queues store (" + lockFile
                    + " is locked). Stop the other store or process, or give this one its own data directory.");
        }
        return new DataDirectory(directory, channel, lock);
    }

    /** The database file. */
    Path databaseFile() {
        return directory.resolve(DATABASE_FILE);
    }

    /**
     * Opens the connection all writes go through: WAL mode, and {@code synchronous=FULL}, so each
     * commit is fsynced before it returns.
     */
    // The writer checkpoints the WAL itself only when it reaches this many pages (64 MiB), a
    // backstop: the Checkpointer keeps it far smaller. After a checkpoint has reset the log, the
    // file is cut back to the same size.
    Connection openWriter() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, String.valueOf(WAL_BACKSTOP_PAGES));
        config.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, String.valueOf(WAL_BACKSTOP_PAGES * 4096L));
        return connect(config);
    }

    /** Opens the connection the {@link Checkpointer} copies the WAL into the database with. */
    Connection openCheckpointer() {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return connect(config);
    }

    /** Opens a read-only connection; in WAL mode it reads while the writer writes. */
    Connection openReader() {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        return connect(config);
    }

    private Connection connect(SQLiteConfig config) {
        // PERF: with generated keys on (sqlite-jdbc's default), every statement's execution runs a
        // regex over its SQL and may prepare "SELECT last_insert_rowid()"; nothing here reads
        // generated keys. Off, the writer's work per posted message fell from 22-32 us to 13-16 us
        // (64 and 512 threads posting one message each; JFR showed the regex on the writer).
        config.setGetGeneratedKeys(false);
        Path file = databaseFile();
        try {
            return config.createConnection("jdbc:sqlite:" + file);
        } catch (SQLException e) {
            throw cannotOpen(file, e);
        }
    }

    /** Turns a failure to open or first read the database into a message that names the fix. */
    static StoreUnavailableException cannotOpen(Path file, SQLException e) {
        if (e.getErrorCode() == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return new StoreUnavailableException(file + " is not a SQLite database (" + e.getMessage()
                    + "). Move it away, or choose another data directory.", e);
        }
        return new StoreUnavailableException("Cannot open the SQLite database " + file + " (" + e.getMessage()
                + "). Check that the file and its directory are readable and writable by this user.", e);
    }

    /** Releases the lock; the files stay. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // NOTE: closing the channel below releases the lock anyway.
        }
        closeQuietly(lockChannel);
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            // NOTE: nothing was written through the lock channel, so nothing can be lost here.
        }
    }

    @Override
    public String toString() {
        return directory.toString();
    }
}
