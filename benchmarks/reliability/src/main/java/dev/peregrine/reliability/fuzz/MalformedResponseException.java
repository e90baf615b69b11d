package dev.peregrine.reliability.fuzz;

import java.io.IOException;

/** The server's bytes are not a well-formed HTTP/1.x response: an oracle failure. */
final class MalformedResponseException extends IOException {

    MalformedResponseException(String message) {
        super(message);
    }
}
