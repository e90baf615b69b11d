package dev.peregrine.internal.staticfiles;

import dev.peregrine.internal.http.HttpDates;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One open file of a static route, shared by every response that sends it, with the headers
 * that describe it worked out once.
 *
 * <p>Reference counted: the cache holds one reference while the file is in it, and every
 * response one until its body is sent or dropped. The channel is closed when the last reference
 * goes, so a file the cache replaces or evicts stays readable for the responses still sending
 * it. Counting was chosen over closing at once (which would cut those responses short) and over
 * never closing (which would leak descriptors).
 */
final class OpenFile {

    /** The last second an HTTP-date can express (9999-12-31T23:59:59Z). */
    private static final long LAST_HTTP_DATE_SECOND = 253_402_300_799L;

    private final String key;
    private final FileVersion version;
    private final FileChannel channel;
    private final String fileName;
    private final String contentType;
    private final long modifiedSecond;
    private final String etag;
    private final String lastModified;
    private final AtomicInteger holders;
    private final AtomicLong validatedAt;
    private final Runnable release = this::release;
    private volatile long lastUsed;

    /**
     * A file just opened.
     *
     * @param key the relative path it was opened for, which also gives its name and Content-Type
     * @param holders the references to start with: 2 when the cache keeps it, 1 when only the caller does
     * @param now the clock's reading when it was checked, in nanoseconds
     */
    OpenFile(String key, FileVersion version, FileChannel channel, FileContentTypes contentTypes, int holders, long now) {
        this.key = key;
        this.version = version;
        this.channel = channel;
        this.fileName = key.substring(key.lastIndexOf('/') + 1);
        this.contentType = contentTypes.forFileName(fileName);
        this.modifiedSecond = Math.clamp(version.modified().toInstant().getEpochSecond(), 0, LAST_HTTP_DATE_SECOND);
        // PERF: the validators are formatted once per opened file, not per response.
        this.etag = '"' + Long.toHexString(modifiedSecond) + '-' + Long.toHexString(version.size()) + '"';
        this.lastModified = HttpDates.format(Instant.ofEpochSecond(modifiedSecond));
        this.holders = new AtomicInteger(holders);
        this.validatedAt = new AtomicLong(now);
        this.lastUsed = now;
    }

    /** Takes a reference; false when the file was closed meanwhile and must be opened again. */
    boolean tryAcquire() {
        while (true) {
            int count = holders.get();
            if (count == 0) {
                return false;
            }
            if (holders.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    /** Gives a reference back; the last one closes the channel. */
    void release() {
        if (holders.decrementAndGet() == 0) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // NOTE: nothing reads the channel any more; a failed close changes nothing for a client.
            }
        }
    }

    /** {@link #release()} as a {@link Runnable}, made once so handing it to a response allocates nothing. */
    Runnable releaser() {
        return release;
    }

    /**
     * Whether the caller should check the file on disk again: true for exactly one caller once
     * {@code ttlNanos} have passed since the last check, so the others keep serving meanwhile.
     */
    boolean claimRevalidation(long now, long ttlNanos) {
        long validated = validatedAt.get();
        return now - validated >= ttlNanos && validatedAt.compareAndSet(validated, now);
    }

    /** Records a use for the least-recently-used eviction. */
    void touch(long now) {
        // PERF: skip the shared write when another request already stamped this millisecond.
        if (now - lastUsed >= 1_000_000L) {
            lastUsed = now;
        }
    }

    long lastUsed() {
        return lastUsed;
    }

    /** Whether the channel is still open; an interrupted reader can close it for everyone. */
    boolean isOpen() {
        return channel.isOpen();
    }

    String key() {
        return key;
    }

    FileVersion version() {
        return version;
    }

    FileChannel channel() {
        return channel;
    }

    long size() {
        return version.size();
    }

    /** The name of the file the request asked for (not of a symbolic link's target). */
    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long modifiedSecond() {
        return modifiedSecond;
    }

    /** {@code "<mtime hex>-<size hex>"}, Falcon's strong ETag for static files. */
    String etag() {
        return etag;
    }

    /** Whether {@code opaqueTag} (an entity-tag without quotes or {@code W/}) is this file's ETag. */
    boolean hasOpaqueTag(String opaqueTag) {
        return opaqueTag.length() == etag.length() - 2 && etag.regionMatches(1, opaqueTag, 0, opaqueTag.length());
    }

    /** The modification time as an HTTP-date. */
    String lastModified() {
        return lastModified;
    }
}
