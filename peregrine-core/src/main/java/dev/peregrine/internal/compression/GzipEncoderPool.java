package dev.peregrine.internal.compression;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * A few {@link GzipEncoder}s of one level kept for reuse, so a compressed response allocates its
 * output and nothing of zlib's. Taking from an empty pool makes a new encoder; giving one back to
 * a full pool ends it. Lock-free and allocation-free.
 *
 * <p>NOTE: a pool rather than a thread-local: responders run on virtual threads, one per request,
 * so a thread-local encoder would be made and dropped with every response.
 */
public final class GzipEncoderPool {

    private final int level;
    private final AtomicReferenceArray<GzipEncoder> slots;

    /**
     * A pool of encoders at {@code level}, keeping at most {@code capacity}.
     *
     * @param level the deflate level, 1 (fastest) to 9 (smallest)
     */
    public GzipEncoderPool(int level, int capacity) {
        this.level = level;
        this.slots = new AtomicReferenceArray<>(capacity);
    }

    /** An encoder ready for a new body, the caller's until it gives it back. */
    GzipEncoder take() {
        for (int i = 0; i < slots.length(); i++) {
            GzipEncoder encoder = slots.get(i);
            if (encoder != null && slots.compareAndSet(i, encoder, null)) {
                return encoder;
            }
        }
        return new GzipEncoder(level);
    }

    /** Takes back an encoder, ready for reuse or ended. */
    void giveBack(GzipEncoder encoder) {
        if (encoder.reset()) {
            for (int i = 0; i < slots.length(); i++) {
                if (slots.compareAndSet(i, null, encoder)) {
                    return;
                }
            }
        }
        encoder.end();
    }

    /** {@code content} gzip-encoded, in a new array. */
    public byte[] encode(byte[] content) {
        GzipEncoder encoder = take();
        try {
            return encoder.encode(content);
        } finally {
            giveBack(encoder);
        }
    }
}
