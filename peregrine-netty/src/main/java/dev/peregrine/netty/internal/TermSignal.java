package dev.peregrine.netty.internal;

import sun.misc.Signal;

/**
 * Replaces the JVM's handling of SIGTERM and SIGINT with a graceful stop.
 *
 * <p>NOTE: the JVM's own handler exits with status 143 (128 + 15) even when shutdown hooks run, so a
 * supervisor would read a clean stop as a failure. This handler drains the server and then exits
 * with 0 itself.
 */
public final class TermSignal {

    private TermSignal() {
    }

    /** On SIGTERM or SIGINT, runs {@code stop} once on its own thread, then exits the JVM with 0. */
    public static void onTermination(Runnable stop) {
        Runnable once = new Runnable() {
            private boolean ran;

            @Override
            public synchronized void run() {
                if (ran) {
                    return;
                }
                ran = true;
                try {
                    stop.run();
                } finally {
                    System.exit(0);
                }
            }
        };
        Signal.handle(new Signal("TERM"), signal -> Thread.ofPlatform().name("peregrine-stop").start(once));
        Signal.handle(new Signal("INT"), signal -> Thread.ofPlatform().name("peregrine-stop").start(once));
    }
}
