package dev.peregrine.sse;

/**
 * Sends the events of one {@code text/event-stream} response: {@code resp.sse(events -> ...)}.
 * It runs on a thread that may block (waiting for the next event is fine) until it returns or
 * the client goes away; then {@link EventStream#isOpen()} turns false, a send fails with an
 * {@link java.io.IOException}, and a blocked writer is interrupted.
 */
@FunctionalInterface
public interface EventStreamWriter {

    /**
     * Sends events until done.
     *
     * @throws Exception whatever the writer's own work throws; an {@link java.io.IOException} or
     *     {@link InterruptedException} after the client left ends the stream quietly
     */
    void write(EventStream events) throws Exception;
}
