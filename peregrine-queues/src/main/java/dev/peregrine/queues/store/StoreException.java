package dev.peregrine.queues.store;

/** What a {@link QueueStore} throws: a subclass says which rule or failure it was. */
public sealed class StoreException extends RuntimeException
        permits QueueNotFoundException, ClaimNotFoundException, ClaimRequiredException, ClaimNotValidException,
        StoreUnavailableException {

    private static final long serialVersionUID = 1L;

    StoreException(String message) {
        super(message);
    }

    StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
