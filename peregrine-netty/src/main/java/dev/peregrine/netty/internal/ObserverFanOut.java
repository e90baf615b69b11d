package dev.peregrine.netty.internal;

import dev.peregrine.netty.CompletedExchange;
import dev.peregrine.netty.ServerObserver;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's observers as one: tells each in turn, and logs and drops what one throws so that a
 * faulty observer can neither fail a request nor keep the others from hearing of it.
 */
final class ObserverFanOut implements ServerObserver {

    private static final Logger LOG = LoggerFactory.getLogger(ObserverFanOut.class);

    private final ServerObserver[] observers;

    private ObserverFanOut(List<ServerObserver> observers) {
        this.observers = observers.toArray(ServerObserver[]::new);
    }

    /** One observer telling all of {@code observers}, or {@code null} when there are none. */
    static ServerObserver of(List<ServerObserver> observers) {
        return observers.isEmpty() ? null : new ObserverFanOut(observers);
    }

    @Override
    public void connectionOpened() {
        for (ServerObserver observer : observers) {
            try {
                observer.connectionOpened();
            } catch (RuntimeException e) {
                failed(observer, e);
            }
        }
    }

    @Override
    public void connectionClosed() {
        for (ServerObserver observer : observers) {
            try {
                observer.connectionClosed();
            } catch (RuntimeException e) {
                failed(observer, e);
            }
        }
    }

    @Override
    public void bytesRead(long bytes) {
        for (ServerObserver observer : observers) {
            try {
                observer.bytesRead(bytes);
            } catch (RuntimeException e) {
                failed(observer, e);
            }
        }
    }

    @Override
    public void bytesWritten(long bytes) {
        for (ServerObserver observer : observers) {
            try {
                observer.bytesWritten(bytes);
            } catch (RuntimeException e) {
                failed(observer, e);
            }
        }
    }

    @Override
    public void requestCompleted(CompletedExchange exchange) {
        for (ServerObserver observer : observers) {
            try {
                observer.requestCompleted(exchange);
            } catch (RuntimeException e) {
                failed(observer, e);
            }
        }
    }

    @Override
    public void stopping() {
        for (ServerObserver observer : observers) {
            try {
                observer.stopping();
            } catch (RuntimeException e) {
                failed(observer, e);
            }
        }
    }

    private static void failed(ServerObserver observer, RuntimeException e) {
        LOG.error("Server observer {} failed; the server goes on without its record of this event", observer, e);
    }
}
