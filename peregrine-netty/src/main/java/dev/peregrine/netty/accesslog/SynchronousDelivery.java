package dev.peregrine.netty.accesslog;

import java.io.IOException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each line on the thread that completed the request, and flushes it at once: when the
 * response has gone, its line is with the operating system, and a crash of the JVM loses none.
 * The price is a write system call per request, made under a lock that the request threads
 * share; {@link AsynchronousDelivery} keeps both off the request's path.
 */
final class SynchronousDelivery implements Delivery {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);

    private final LineFormat format;
    private final LineSink sink;
    private final LostLines lost;
    private final String writeFailed;
    private final ReentrantLock lock = new ReentrantLock();
    // PERF: one line buffer and one timestamp cache, reused under the lock by every request thread.
    private final LogLine line = new LogLine();
    private final UtcTimestamps timestamps = new UtcTimestamps();
    private boolean closed;

    SynchronousDelivery(LineFormat format, LineSink sink, LostLines lost) {
        this.format = format;
        this.sink = sink;
        this.lost = lost;
        this.writeFailed = "writing to " + sink + " failed; check that the disk has room and the file is writable";
    }

    @Override
    public void deliver(AccessRecord record) {
        lock.lock();
        try {
            if (closed) {
                lost.lost(1, "their requests completed after the access log was closed");
                return;
            }
            line.reset();
            format.format(record, timestamps, line);
            sink.write(record, line);
            sink.flush();
        } catch (IOException e) {
            lost.lost(1, writeFailed + " (" + e.getMessage() + ")");
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                sink.close();
            }
        } catch (IOException e) {
            LOG.warn("Closing the access log's {} failed; its last lines may be lost", sink, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public String toString() {
        return "synchronous";
    }
}
