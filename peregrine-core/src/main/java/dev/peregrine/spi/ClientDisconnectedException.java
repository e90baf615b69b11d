package dev.peregrine.spi;

import java.io.IOException;

/**
 * Thrown by a server's request body stream when the client closed the connection before sending
 * the whole body. Nobody is left to receive an answer, so the framework logs it at DEBUG, without
 * a stack trace, instead of as an unexpected error.
 */
public final class ClientDisconnectedException extends IOException {

    private static final long serialVersionUID = 1L;

    /** An exception saying what the client left unfinished, for example "the client closed the connection mid-body". */
    public ClientDisconnectedException(String message) {
        super(message);
    }
}
