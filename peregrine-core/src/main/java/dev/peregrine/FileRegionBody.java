package dev.peregrine;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.channels.FileChannel;

/**
 * A response body that is {@code count} bytes of an open file from {@code position}: what
 * {@link Response#file} sets, and what a server may send without copying the bytes through the
 * JVM (sendfile) once the response is rendered.
 *
 * <p>The channel may be shared with other responses (static routes keep hot files open), so a
 * server must never close it, move its position or read it other than positionally; it calls
 * {@link #release()} once it has sent the region or given up on it. The rendered response also
 * offers the same bytes through {@link Response#stream()}, whose {@code close()} releases the
 * region, for servers that only know streams. Releasing twice does nothing, so a server may close
 * that stream too.
 *
 * {@snippet :
 * FileRegionBody region = resp.fileRegion();        // after app.handle(exchange)
 * if (region != null) {
 *     sendZeroCopy(region.channel(), region.position(), region.count(), region::release);
 * }
 * }
 */
public final class FileRegionBody {

    private static final VarHandle RELEASED;

    static {
        try {
            RELEASED = MethodHandles.lookup().findVarHandle(FileRegionBody.class, "released", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final FileChannel channel;
    private final long position;
    private final long count;
    private final Runnable onRelease;
    @SuppressWarnings("unused") // PERF: written through RELEASED; a VarHandle spares an AtomicBoolean per response.
    private volatile boolean released;

    /**
     * A region whose release runs {@code onRelease}, once.
     *
     * @param channel the open file; not closed by the response
     * @param position where the region starts in the file
     * @param count how many bytes it holds; the file must hold at least {@code position + count}
     * @param onRelease what to do once the region is sent or dropped, such as returning the
     *     channel to a cache
     * @throws IllegalArgumentException when {@code position} or {@code count} is negative
     */
    public FileRegionBody(FileChannel channel, long position, long count, Runnable onRelease) {
        if (channel == null || onRelease == null) {
            throw new IllegalArgumentException("A file region needs a channel and a release action");
        }
        if (position < 0 || count < 0) {
            throw new IllegalArgumentException("A file region needs a position and count of at least 0, not "
                    + position + " and " + count);
        }
        this.channel = channel;
        this.position = position;
        this.count = count;
        this.onRelease = onRelease;
    }

    /** A region of a channel the response owns: releasing it closes the channel. */
    public static FileRegionBody closingChannel(FileChannel channel, long position, long count) {
        return new FileRegionBody(channel, position, count, () -> {
            try {
                channel.close();
            } catch (IOException ignored) {
                // NOTE: the bytes were read or dropped already; a failed close changes nothing for the client.
            }
        });
    }

    /** The open file; read it only positionally and never close it. */
    public FileChannel channel() {
        return channel;
    }

    /** Where the region starts in the file. */
    public long position() {
        return position;
    }

    /** How many bytes the region holds. */
    public long count() {
        return count;
    }

    /** Tells the region's owner that the bytes are sent or no longer wanted; only the first call counts. */
    public void release() {
        if (RELEASED.compareAndSet(this, false, true)) {
            onRelease.run();
        }
    }

    @Override
    public String toString() {
        return "FileRegionBody[position=" + position + ", count=" + count + "]";
    }
}
