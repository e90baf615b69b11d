package dev.peregrine.sse;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One client's {@code text/event-stream}: what an {@link EventStreamWriter} sends events to.
 * Every send is flushed to the client at once. It is safe to send from several threads; a
 * heartbeat comment goes out whenever nothing was sent for a while, so proxies keep the connection
 * open and a client that left is noticed even when no event is due.
 */
public final class EventStream {

    /** The heartbeat interval of {@code resp.sse(writer)}. */
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(15);

    private final OutputStream out;
    private final String lastEventId;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean open = true;
    private volatile long lastSentNanos = System.nanoTime();

    EventStream(OutputStream out, String lastEventId) {
        this.out = out;
        this.lastEventId = lastEventId;
    }

    /** The client's {@code Last-Event-ID}: the id of the last event it saw before reconnecting, or {@code null}. */
    public String lastEventId() {
        return lastEventId;
    }

    /** Whether the client is still there, as far as the last write could tell. */
    public boolean isOpen() {
        return open;
    }

    /**
     * Sends an event.
     *
     * @throws IOException when the client went away
     */
    public void send(ServerSentEvent event) throws IOException {
        StringBuilder text = new StringBuilder(64);
        event.appendTo(text);
        write(text);
    }

    /** Sends an event carrying only {@code data}. */
    public void send(String data) throws IOException {
        send(ServerSentEvent.of(data));
    }

    /** Sends a comment, which clients ignore (useful to keep a connection alive or for debugging). */
    public void comment(String text) throws IOException {
        StringBuilder lines = new StringBuilder(text.length() + 8);
        ServerSentEvent.appendLines(lines, ": ", text);
        write(lines.append('\n'));
    }

    /** Sends the response head now, so the client's EventSource opens before the first event. */
    void open() throws IOException {
        lock.lock();
        try {
            out.flush();
        } catch (IOException e) {
            open = false;
            throw e;
        } finally {
            lock.unlock();
        }
    }

    /** Nanoseconds since anything was last sent. */
    long quietNanos() {
        return System.nanoTime() - lastSentNanos;
    }

    /** The writer returned: nothing more is sent. */
    void close() {
        open = false;
    }

    private void write(CharSequence text) throws IOException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        lock.lock();
        try {
            if (!open) {
                throw new IOException("The event stream is closed: the client went away or the writer returned");
            }
            out.write(bytes);
            out.flush();
            lastSentNanos = System.nanoTime();
        } catch (IOException e) {
            open = false;
            throw e;
        } finally {
            lock.unlock();
        }
    }
}
