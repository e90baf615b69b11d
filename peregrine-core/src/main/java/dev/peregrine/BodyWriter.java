package dev.peregrine;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes a response body as it is produced: a CSV export, JSON streamed row by row, events. The
 * server runs it on a thread that may block and hands it a stream with back-pressure: a write
 * waits while the client is behind, and fails with an {@link IOException} once the client has
 * gone, which is the writer's cue to stop. Call {@link OutputStream#flush()} to send what was
 * written so far right away; otherwise the server sends it in pieces of a few KiB.
 *
 * {@snippet :
 * resp.contentType("text/csv").stream(out -> {
 *     for (Order order : orders.all()) {
 *         out.write(order.toCsvLine().getBytes(StandardCharsets.UTF_8));
 *     }
 * });
 * }
 */
@FunctionalInterface
public interface BodyWriter {

    /**
     * Writes the body to {@code out}; the server closes {@code out} when this returns.
     *
     * @throws IOException when writing fails, typically because the client went away
     */
    void writeTo(OutputStream out) throws IOException;
}
