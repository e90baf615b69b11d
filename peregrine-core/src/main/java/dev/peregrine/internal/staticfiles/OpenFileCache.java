package dev.peregrine.internal.staticfiles;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A static route's open files, kept open between requests like nginx's {@code open_file_cache}:
 * a hot file is opened, resolved and stat-ed once per time-to-live instead of once per request.
 *
 * <p>A hit costs a map lookup and a clock read. Once an entry's time-to-live has passed, one
 * request checks the file on disk again (real path, identity, size, modification time) while the
 * others keep serving it; an unchanged file keeps its channel, a changed one is reopened and the
 * old channel closed when its last response is done ({@link OpenFile} counts references). Past
 * the maximum entry count, the least recently used file is dropped. Thread-safe and lock-free
 * except while evicting.
 */
final class OpenFileCache {

    private final Path realRoot;
    private final long ttlNanos;
    private final int maxEntries;
    private final FileContentTypes contentTypes;
    private final FileOpener opener;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, OpenFile> files = new ConcurrentHashMap<>();
    private final Object evictionLock = new Object();

    /**
     * A cache of the files under {@code realRoot}.
     *
     * @param realRoot the directory, as a real path
     * @param maxEntries the most files kept open; 0 keeps none (each request opens its own)
     * @param opener opens files; tests count the calls
     * @param nanoClock the time in nanoseconds, {@link System#nanoTime()} outside tests
     */
    OpenFileCache(Path realRoot, Duration ttl, int maxEntries, FileContentTypes contentTypes, FileOpener opener,
            LongSupplier nanoClock) {
        this.realRoot = realRoot;
        this.ttlNanos = ttl.toNanos();
        this.maxEntries = maxEntries;
        this.contentTypes = contentTypes;
        this.opener = opener;
        this.nanoClock = nanoClock;
    }

    /**
     * The file {@code relative} names, with a reference taken for the caller, who must give it
     * back with {@link OpenFile#release()} exactly once.
     *
     * @return {@code null} when there is no regular file there inside the directory
     */
    OpenFile acquire(String relative) {
        long now = nanoClock.getAsLong();
        OpenFile cached = files.get(relative);
        if (cached == null) {
            return open(relative, FileVersion.probe(realRoot, relative), null, now);
        }
        if (!cached.isOpen()) {
            // NOTE: a reader interrupted mid-read closed the shared channel; start over with a new one.
            discard(cached);
            return open(relative, FileVersion.probe(realRoot, relative), null, now);
        }
        if (!cached.claimRevalidation(now, ttlNanos)) {
            if (cached.tryAcquire()) {
                cached.touch(now);
                return cached;
            }
            return open(relative, FileVersion.probe(realRoot, relative), null, now);
        }
        FileVersion current = FileVersion.probe(realRoot, relative);
        if (current != null && current.equals(cached.version()) && cached.tryAcquire()) {
            cached.touch(now);
            return cached;
        }
        return open(relative, current, cached, now);
    }

    /** How many files are open in the cache. */
    int size() {
        return files.size();
    }

    private OpenFile open(String relative, FileVersion version, OpenFile stale, long now) {
        if (version == null) {
            discard(stale);
            return null;
        }
        FileChannel channel;
        try {
            channel = opener.open(version.realPath());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            discard(stale);
            return null;
        }
        boolean caching = maxEntries > 0;
        OpenFile fresh = new OpenFile(relative, version, channel, contentTypes, caching ? 2 : 1, now);
        if (!caching) {
            return fresh;
        }
        boolean stored = stale == null ? files.putIfAbsent(relative, fresh) == null : files.replace(relative, stale, fresh);
        if (stored) {
            if (stale != null) {
                stale.release();
            }
            evictOverCapacity();
        } else {
            // NOTE: another request cached this file first; this copy serves one response, then closes.
            fresh.release();
        }
        return fresh;
    }

    private void evictOverCapacity() {
        if (files.size() <= maxEntries) {
            return;
        }
        synchronized (evictionLock) {
            while (files.size() > maxEntries) {
                OpenFile leastRecent = null;
                for (OpenFile file : files.values()) {
                    if (leastRecent == null || file.lastUsed() - leastRecent.lastUsed() < 0) {
                        leastRecent = file;
                    }
                }
                if (leastRecent == null) {
                    return;
                }
                discard(leastRecent);
            }
        }
    }

    /** Removes {@code file} from the cache, if it is still there, and gives back the cache's reference. */
    private void discard(OpenFile file) {
        if (file != null && files.remove(file.key(), file)) {
            file.release();
        }
    }
}
