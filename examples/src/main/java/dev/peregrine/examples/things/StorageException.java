package dev.peregrine.examples.things;

/** The storage engine failed; the app maps it to an HTTP error with an error handler. */
public class StorageException extends RuntimeException {

    /** A failure described by {@code message}. */
    public StorageException(String message) {
        super(message);
    }
}
