package dev.peregrine.benchmarks.peers.model;

/**
 * The body of {@code GET /json}: {@code {"message": "Hello, World!"}}.
 *
 * @param message the greeting
 */
public record Greeting(String message) {

    /** The text of {@code GET /plaintext} and of the greeting. */
    public static final String HELLO = "Hello, World!";

    /** A new greeting, so each request serializes a fresh object rather than cached bytes. */
    public static Greeting hello() {
        return new Greeting(HELLO);
    }
}
