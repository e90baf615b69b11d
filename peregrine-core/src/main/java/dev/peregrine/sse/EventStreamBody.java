package dev.peregrine.sse;

import dev.peregrine.BodyWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The body of a {@code text/event-stream} response: runs an {@link EventStreamWriter} with a
 * heartbeat beside it. What {@code resp.sse(...)} sets; the app creates it when it renders the
 * response, with the request's {@code Last-Event-ID}.
 *
 * <p>The heartbeat runs on a virtual thread of its own: after {@code heartbeat} without a send it
 * writes a comment; when that write fails the client has gone, and the writer, possibly blocked
 * waiting for its next event, is interrupted.
 */
public final class EventStreamBody implements BodyWriter {

    private final EventStreamWriter writer;
    private final Duration heartbeat;
    private final String lastEventId;

    /**
     * @param writer what sends the events
     * @param heartbeat how long the stream may stay silent before a comment is sent
     * @param lastEventId the request's {@code Last-Event-ID}, or {@code null}
     */
    public EventStreamBody(EventStreamWriter writer, Duration heartbeat, String lastEventId) {
        if (heartbeat.isZero() || heartbeat.isNegative()) {
            throw new IllegalArgumentException("The heartbeat interval must be positive, for example Duration.ofSeconds(15); got " + heartbeat);
        }
        this.writer = writer;
        this.heartbeat = heartbeat;
        this.lastEventId = lastEventId;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        EventStream events = new EventStream(out, lastEventId);
        events.open();
        Thread producer = Thread.currentThread();
        Thread beat = Thread.ofVirtual().name("peregrine-sse-heartbeat").start(() -> beat(events, producer));
        try {
            writer.write(events);
        } catch (IOException | InterruptedException gone) {
            if (events.isOpen()) {
                throw gone instanceof IOException io ? io : new InterruptedIOException("The event stream writer was interrupted");
            }
            // NOTE: the client went away; ending the stream is the writer's right answer.
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("The event stream writer failed", e);
        } finally {
            events.close();
            stop(beat);
        }
    }

    /**
     * Stops the heartbeat and waits for it, then clears an interrupt it may have sent: the server
     * goes on using this thread.
     */
    private static void stop(Thread beat) {
        beat.interrupt();
        boolean joined = false;
        while (!joined) {
            try {
                beat.join();
                joined = true;
            } catch (InterruptedException fromTheHeartbeat) {
                // NOTE: the heartbeat found the client gone just as the writer returned; wait on.
            }
        }
        Thread.interrupted();
    }

    private void beat(EventStream events, Thread producer) {
        long interval = heartbeat.toNanos();
        try {
            while (events.isOpen()) {
                long wait = interval - events.quietNanos();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                } else {
                    events.comment("heartbeat");
                }
            }
        } catch (InterruptedException stopped) {
            // NOTE: the writer returned.
        } catch (IOException gone) {
            producer.interrupt();
        }
    }
}
