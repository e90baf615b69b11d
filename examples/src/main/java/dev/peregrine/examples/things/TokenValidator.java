package dev.peregrine.examples.things;

/** Decides whether an auth token is valid for a user. */
@FunctionalInterface
public interface TokenValidator {

    /** Whether {@code token} lets the caller act as {@code userId}. */
    boolean isValid(String token, String userId);
}
