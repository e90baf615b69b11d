package dev.peregrine.queues.store;

/** A claim id was given, but the message is not claimed (any more). */
public final class ClaimNotValidException extends StoreException {

    private static final long serialVersionUID = 1L;

    /** An exception saying what happened. */
    public ClaimNotValidException(String message) {
        super(message);
    }

    /** An exception saying what happened, and why. */
    public ClaimNotValidException(String message, Throwable cause) {
        super(message, cause);
    }
}
