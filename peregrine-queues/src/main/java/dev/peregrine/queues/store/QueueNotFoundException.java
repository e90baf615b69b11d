package dev.peregrine.queues.store;

/** The queue does not exist. */
public final class QueueNotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** An exception saying what happened. */
    public QueueNotFoundException(String message) {
        super(message);
    }

    /** An exception saying what happened, and why. */
    public QueueNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
