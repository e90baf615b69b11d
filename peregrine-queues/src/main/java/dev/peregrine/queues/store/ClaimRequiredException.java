package dev.peregrine.queues.store;

/** A live claim holds the message, and the caller did not give that claim's id. */
public final class ClaimRequiredException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** An exception saying what happened. */
    public ClaimRequiredException(String message) {
        super(message);
    }

    /** An exception saying what happened, and why. */
    public ClaimRequiredException(String message, Throwable cause) {
        super(message, cause);
    }
}
