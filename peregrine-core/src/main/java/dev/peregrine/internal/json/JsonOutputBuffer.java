package dev.peregrine.internal.json;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;

/**
 * A growable byte array that JSON is serialized into, kept between responses in a small shared
 * pool, so that a response allocates only the exact-size array it returns.
 *
 * <p>PERF: Jackson's {@code writeValueAsBytes} collects its output in segments that grow with the
 * body and then copies them into the result: a 76 KiB listing allocated about twice its size on
 * top of the result. The pool is shared, not per thread, because a virtual thread serves one batch
 * of requests and is gone; it is bounded, and a buffer grown beyond {@link #KEPT_CAPACITY} by an
 * unusually large body is dropped rather than kept.
 */
public final class JsonOutputBuffer extends OutputStream {

    private static final int INITIAL_CAPACITY = 8 * 1024;
    private static final int KEPT_CAPACITY = 1024 * 1024;
    private static final ArrayBlockingQueue<JsonOutputBuffer> POOL = new ArrayBlockingQueue<>(64);

    private byte[] bytes = new byte[INITIAL_CAPACITY];
    private int length;

    private JsonOutputBuffer() {
    }

    /** A buffer from the pool, or a new one when the pool is empty; give it back with {@link #release()}. */
    public static JsonOutputBuffer acquire() {
        JsonOutputBuffer buffer = POOL.poll();
        return buffer != null ? buffer : new JsonOutputBuffer();
    }

    /** Empties the buffer and returns it to the pool, unless the pool is full or the buffer grew too large. */
    public void release() {
        length = 0;
        if (bytes.length <= KEPT_CAPACITY) {
            POOL.offer(this);
        }
    }

    @Override
    public void write(int b) {
        ensureRoom(1);
        bytes[length++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int count) {
        ensureRoom(count);
        System.arraycopy(source, offset, bytes, length, count);
        length += count;
    }

    /** A copy of what was written, exactly as long. */
    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    private void ensureRoom(int count) {
        if (bytes.length - length < count) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + count));
        }
    }
}
