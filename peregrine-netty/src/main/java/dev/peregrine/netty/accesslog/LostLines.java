package dev.peregrine.netty.accesslog;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts access log lines that were not written, and says so in the server's log at most once
 * every ten seconds, with the reason and the fix, so a log that cannot keep up is noticed
 * without the warnings themselves flooding the log.
 */
final class LostLines {

    private static final Logger LOG = LoggerFactory.getLogger(AccessLog.class);
    private static final long REPORT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final AtomicLong total = new AtomicLong();
    private final AtomicLong unreported = new AtomicLong();
    private final AtomicLong nextReport = new AtomicLong(System.nanoTime());
    private volatile String lastReason = "";

    /** {@code lines} were not written, for {@code reason} (which names the fix). */
    void lost(long lines, String reason) {
        total.addAndGet(lines);
        unreported.addAndGet(lines);
        lastReason = reason;
        reportIfDue();
    }

    /** Logs the lines lost since the last report, when there are some and ten seconds have passed since it. */
    void reportIfDue() {
        long next = nextReport.get();
        if (unreported.get() == 0 || System.nanoTime() - next < 0
                || !nextReport.compareAndSet(next, System.nanoTime() + REPORT_INTERVAL_NANOS)) {
            return;
        }
        LOG.warn("Dropped {} access log lines: {}", unreported.getAndSet(0), lastReason);
    }

    /** Lines lost since the log was built. */
    long total() {
        return total.get();
    }
}
