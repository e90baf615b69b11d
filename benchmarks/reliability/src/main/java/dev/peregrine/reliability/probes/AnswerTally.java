package dev.peregrine.reliability.probes;

import dev.peregrine.netty.CompletedExchange;
import dev.peregrine.netty.ServerObserver;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the requests the server answered, by status, as the server itself saw them: the SIGTERM
 * probe compares them with what its clients received, so an answer written but lost is found.
 */
final class AnswerTally implements ServerObserver {

    private final AtomicLong ok = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicLong other = new AtomicLong();

    @Override
    public void requestCompleted(CompletedExchange exchange) {
        switch (exchange.status()) {
            case 200 -> ok.incrementAndGet();
            case 503 -> unavailable.incrementAndGet();
            default -> other.incrementAndGet();
        }
    }

    /** The line the child prints as it exits, read back by {@link ServerProcess#answered()}. */
    String line() {
        return "ANSWERED 200=" + ok.get() + " 503=" + unavailable.get() + " other=" + other.get();
    }
}
