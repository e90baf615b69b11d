package dev.peregrine.queues.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.atomic.AtomicInteger;

/** A fast stand-in for PBKDF2 that counts its calls: SHA-256 of the salt and the token. */
final class CountingHasher implements TokenHasher {

    final AtomicInteger calls = new AtomicInteger();

    @Override
    public byte[] hash(String token, byte[] salt) {
        calls.incrementAndGet();
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(salt);
            return sha256.digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
