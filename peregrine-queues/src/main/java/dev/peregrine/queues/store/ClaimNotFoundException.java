package dev.peregrine.queues.store;

/** The claim does not exist or has ended. */
public final class ClaimNotFoundException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** An exception saying what happened. */
    public ClaimNotFoundException(String message) {
        super(message);
    }

    /** An exception saying what happened, and why. */
    public ClaimNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
