package dev.peregrine.netty.accesslog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues records for one daemon thread of the log's own, which formats and writes them in
 * batches and flushes once per batch: a request never waits on a disk or a socket. When the
 * queue is full the record is dropped and counted ({@link LostLines}), since a request must not
 * wait for its log line either.
 *
 * <p>Batches are what the thread finds queued when it wakes, up to {@value #MAX_BATCH} lines;
 * under load it rarely sleeps, and a flush, one system call, carries many lines. Flushing per
 * batch rather than on a timer means a line is written as soon as the thread gets to it: a
 * crash loses at most the lines still queued.
 */
final class AsynchronousDelivery implements Delivery, Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
    private static final int MAX_BATCH = 1024;
    /** How long {@link #close()} waits for the writer to write what is queued. */
    private static final long CLOSE_TIMEOUT_MILLIS = 10_000;
    /** Put in the queue by {@link #close()} to wake the writer; never written. */
    private static final AccessRecord WAKE_UP = new AccessRecord(0, "", "", "", null, 0, 0, 0, "", null, null, null);

    private final LineFormat format;
    private final LineSink sink;
    private final LostLines lost;
    private final int capacity;
    private final BlockingQueue<AccessRecord> queue;
    private final String queueFull;
    private final String writeFailed;
    private final Thread writer;
    // PERF: the writer thread's own line buffer and timestamp cache, reused for every line.
    private final LogLine line = new LogLine();
    private final UtcTimestamps timestamps = new UtcTimestamps();
    private volatile boolean closing;

    /** Starts the writer thread of a queue of {@code capacity} records. */
    AsynchronousDelivery(LineFormat format, LineSink sink, LostLines lost, int capacity) {
        this.format = format;
        this.sink = sink;
        this.lost = lost;
        this.capacity = capacity;
        // PERF: an array queue allocates nothing per line; its lock is held for a few nanoseconds
        // per offer, and the writer takes whole batches under it once.
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.queueFull = "the writer to " + sink + " cannot keep up and its queue of " + capacity + " lines is full;"
                + " log to a faster disk or to syslog, or give the queue room for bursts with asynchronous(capacity)";
        this.writeFailed = "writing to " + sink + " failed; check that the disk has room and the file is writable,"
                + " or that the syslog receiver is reachable";
        this.writer = Thread.ofPlatform().name("peregrine-access-log").daemon(true).unstarted(this);
        writer.start();
    }

    @Override
    public void deliver(AccessRecord record) {
        if (closing) {
            lost.lost(1, "their requests completed after the access log was closed");
        } else if (!queue.offer(record)) {
            lost.lost(1, queueFull);
        }
    }

    @Override
    public void run() {
        List<AccessRecord> batch = new ArrayList<>(MAX_BATCH);
        while (true) {
            AccessRecord first;
            try {
                // NOTE: waking once a second lets drops be reported while no line arrives.
                first = closing ? queue.poll() : queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // NOTE: nothing of Peregrine's interrupts this thread; close() is how it ends.
                continue;
            }
            if (first == null) {
                lost.reportIfDue();
                if (closing) {
                    break;
                }
                continue;
            }
            batch.add(first);
            queue.drainTo(batch, MAX_BATCH - 1);
            write(batch);
            batch.clear();
        }
        try {
            sink.close();
        } catch (IOException e) {
            LOG.warn("Closing the access log's {} failed; its last lines may be lost", sink, e);
        }
    }

    private void write(List<AccessRecord> batch) {
        int written = 0;
        for (AccessRecord record : batch) {
            if (record == WAKE_UP) {
                continue;
            }
            line.reset();
            format.format(record, timestamps, line);
            try {
                sink.write(record, line);
                written++;
            } catch (IOException e) {
                lost.lost(1, writeFailed + " (" + e.getMessage() + ")");
            }
        }
        try {
            sink.flush();
        } catch (IOException e) {
            lost.lost(written, writeFailed + " (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        if (closing) {
            return;
        }
        closing = true;
        // NOTE: when the queue is full the writer is awake anyway, and sees closing once it is empty.
        queue.offer(WAKE_UP);
        try {
            writer.join(CLOSE_TIMEOUT_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (writer.isAlive()) {
            LOG.warn("The access log's writer to {} did not finish within {} ms; the {} lines still queued are lost",
                    sink, CLOSE_TIMEOUT_MILLIS, queue.size());
        }
    }

    @Override
    public String toString() {
        return "asynchronous (queue of " + capacity + " lines)";
    }
}
