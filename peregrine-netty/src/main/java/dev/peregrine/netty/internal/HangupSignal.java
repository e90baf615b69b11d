package dev.peregrine.netty.internal;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Runs the TLS reloads of the servers in this JVM on {@code SIGHUP}, as nginx and most servers do.
 * The handler is installed while at least one server with TLS runs; when the last one stops, the
 * handler that was there before (the JVM's, which exits) comes back.
 */
final class HangupSignal {

    private static final Logger LOG = LoggerFactory.getLogger(HangupSignal.class);
    private static final Signal HUP = new Signal("HUP");
    private static final List<Runnable> RELOADS = new ArrayList<>();
    private static SignalHandler previous;

    private HangupSignal() {
    }

    /** Runs {@code reload} on every SIGHUP until {@link #remove} is called with it. */
    static synchronized void add(Runnable reload) {
        if (RELOADS.isEmpty()) {
            try {
                previous = Signal.handle(HUP, signal -> reloadAll());
            } catch (IllegalArgumentException inUse) {
                // NOTE: with -Xrs, or on a platform without SIGHUP, the JVM does not let it be handled.
                LOG.warn("SIGHUP cannot be handled here ({}); the TLS certificate is still reloaded when its files"
                        + " change and on PeregrineServer.reloadTls()", inUse.getMessage());
                return;
            }
            if (previous == SignalHandler.SIG_IGN) {
                LOG.info("SIGHUP is ignored by this process (started with nohup?), so it does not reload the TLS"
                        + " certificate; its files are still watched");
            }
        }
        RELOADS.add(reload);
    }

    /** Stops running {@code reload} on SIGHUP. */
    static synchronized void remove(Runnable reload) {
        if (RELOADS.remove(reload) && RELOADS.isEmpty() && previous != null) {
            Signal.handle(HUP, previous);
            previous = null;
        }
    }

    private static void reloadAll() {
        List<Runnable> reloads;
        synchronized (HangupSignal.class) {
            reloads = List.copyOf(RELOADS);
        }
        for (Runnable reload : reloads) {
            reload.run();
        }
    }
}
