package dev.peregrine.netty.internal;

import io.netty.buffer.ByteBuf;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A request body as it arrives: the event loop appends Netty's buffers, the responder's thread
 * reads them, waiting when it is ahead of the network.
 *
 * <p>Back-pressure: when more than {@link #PAUSE_ABOVE} bytes (or the connection's buffered-body
 * limit, if larger) wait unread, the connection stops reading from the socket (so TCP slows the
 * client down); once the reader has brought that under {@link #RESUME_BELOW}, reading resumes. A
 * body is therefore never held in memory whole, whatever its size.
 *
 * <p>A responder that waits for bytes the client has not sent yet does no work: while it waits,
 * its request does not count against the server's bound on requests in flight, so clients that
 * send bodies slowly cannot take every slot.
 */
final class RequestBodyStream extends InputStream {

    /** Unread bytes above which the connection stops reading the socket, unless the buffered-body limit is larger. */
    static final int PAUSE_ABOVE = 256 * 1024;
    /** Unread bytes under which it reads again. */
    static final int RESUME_BELOW = 64 * 1024;

    /** What the body asks of its connection; the methods may be called from any thread. */
    interface Flow {
        /** Stop reading the socket: the reader is behind. Called on the event loop. */
        void pauseReading();

        /** Read the socket again. */
        void resumeReading();

        /** Send {@code 100 Continue}: the reader wants the body the client is holding back. */
        void sendContinue();
    }

    private final Flow flow;
    private final long pauseAbove;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final ArrayDeque<ByteBuf> chunks = new ArrayDeque<>();
    private long unread;
    private long received;
    private boolean ended;
    private boolean discarded;
    private boolean paused;
    private boolean continuePending;
    private Throwable failure;
    /** The server whose request slot the reader holds, lent back while it waits for bytes; or {@code null}. */
    private volatile ServerContext slotOf;

    RequestBodyStream(Flow flow, boolean expectContinue, int bufferedBodyLimit) {
        this.flow = flow;
        this.continuePending = expectContinue;
        this.pauseAbove = Math.max(PAUSE_ABOVE, bufferedBodyLimit);
    }

    /** The reader holds one of {@code server}'s request slots; it lends it back while it waits for bytes. */
    void holdsSlotOf(ServerContext server) {
        this.slotOf = server;
    }

    // ---- Event-loop side -----------------------------------------------------------------------

    /** Appends a buffer, taking ownership of it. */
    void append(ByteBuf content) {
        int size = content.readableBytes();
        received += size;
        if (size == 0) {
            content.release();
            return;
        }
        lock.lock();
        try {
            if (discarded || failure != null) {
                content.release();
                return;
            }
            chunks.add(content);
            unread += size;
            if (unread > pauseAbove && !paused) {
                paused = true;
                flow.pauseReading();
            }
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Bytes received so far, read or not. Event loop only. */
    long received() {
        return received;
    }

    /** Marks the end of the body: readers get -1 once they have read everything. */
    void end() {
        lock.lock();
        try {
            ended = true;
            // NOTE: a client may send the body without waiting for 100 Continue (RFC 9110 §10.1.1);
            // once it is here, a late 100 Continue would only arrive after the final response.
            continuePending = false;
            arrived.signal();
        } finally {
            lock.unlock();
        }
    }

    /** Ends the body with an error that every later read throws (an {@code HttpError} or an {@code IOException}). */
    void fail(Throwable error) {
        lock.lock();
        try {
            if (failure == null && !ended) {
                failure = error;
                releaseChunks();
                arrived.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Whether the body has arrived whole or failed, so that reading it can no longer wait. */
    boolean settled() {
        lock.lock();
        try {
            return ended || failure != null;
        } finally {
            lock.unlock();
        }
    }

    /** Whether the client holds the body back until it gets {@code 100 Continue}. */
    boolean awaitsContinue() {
        lock.lock();
        try {
            return continuePending;
        } finally {
            lock.unlock();
        }
    }

    /** Bytes received but not read. */
    long unread() {
        lock.lock();
        try {
            return unread;
        } finally {
            lock.unlock();
        }
    }

    // ---- Either side ---------------------------------------------------------------------------

    /**
     * Drops what is left once the response is decided, releasing the buffers.
     *
     * @return whether the whole body had arrived, so the connection may carry another request
     */
    boolean discard() {
        lock.lock();
        try {
            discarded = true;
            releaseChunks();
            arrived.signal();
            if (paused) {
                paused = false;
                flow.resumeReading();
            }
            return ended && failure == null;
        } finally {
            lock.unlock();
        }
    }

    // ---- Reader side ---------------------------------------------------------------------------

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        lock.lock();
        try {
            if (continuePending) {
                continuePending = false;
                flow.sendContinue();
            }
            while (true) {
                if (failure != null) {
                    throw rethrowable();
                }
                ByteBuf head = chunks.peek();
                if (head != null) {
                    int n = Math.min(length, head.readableBytes());
                    head.readBytes(buffer, offset, n);
                    if (!head.isReadable()) {
                        chunks.poll().release();
                    }
                    unread -= n;
                    if (paused && unread < RESUME_BELOW) {
                        paused = false;
                        flow.resumeReading();
                    }
                    return n;
                }
                if (ended) {
                    return -1;
                }
                if (discarded) {
                    throw new IOException("The request body was discarded after the response was sent");
                }
                awaitBytes();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the request body");
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int available() {
        lock.lock();
        try {
            return (int) Math.min(Integer.MAX_VALUE, unread);
        } finally {
            lock.unlock();
        }
    }

    private void awaitBytes() throws InterruptedException {
        ServerContext server = slotOf;
        if (server == null) {
            arrived.await();
            return;
        }
        server.release();
        try {
            arrived.await();
        } finally {
            server.reacquire();
        }
    }

    private IOException rethrowable() {
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        return failure instanceof IOException io ? io : new IOException(failure);
    }

    private void releaseChunks() {
        ByteBuf chunk;
        while ((chunk = chunks.poll()) != null) {
            chunk.release();
        }
        unread = 0;
    }
}
