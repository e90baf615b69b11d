package dev.peregrine.queues.store;

/** The store could not answer: unreachable, failing, or closed. */
public final class StoreUnavailableException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** An exception saying what happened. */
    public StoreUnavailableException(String message) {
        super(message);
    }

    /** An exception saying what happened, and why. */
    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
