package dev.peregrine.queues.auth;

/**
 * Derives the stored hash of an API token from the token and a salt: the slow step of checking a
 * token, kept behind an interface so tests can count how often it runs.
 */
@FunctionalInterface
public interface TokenHasher {

    /** The hash of {@code token} with {@code salt}; the same inputs always give the same bytes. */
    byte[] hash(String token, byte[] salt);
}
