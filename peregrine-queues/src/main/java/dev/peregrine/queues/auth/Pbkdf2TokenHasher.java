package dev.peregrine.queues.auth;

import java.security.GeneralSecurityException;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 with {@value #ITERATIONS} iterations and a {@value #HASH_BYTES}-byte
 * result, from the JDK's {@link SecretKeyFactory}. NOTE: 210,000 iterations is OWASP's 2023
 * floor for this function; one hash takes tens of milliseconds, which is why checked tokens are
 * cached ({@link TokenAuthenticator}).
 */
public final class Pbkdf2TokenHasher implements TokenHasher {

    /** The iterations of every hash; a stored hash is only comparable with the same count. */
    public static final int ITERATIONS = 210_000;
    /** The length of a hash, in bytes. */
    public static final int HASH_BYTES = 32;

    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    /** A hasher; fails at once when the JDK lacks the algorithm, rather than at the first request. */
    public Pbkdf2TokenHasher() {
        factory();
    }

    @Override
    public byte[] hash(String token, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(token.toCharArray(), salt, ITERATIONS, HASH_BYTES * 8);
        try {
            return factory().generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 failed on a token", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static SecretKeyFactory factory() {
        try {
            // NOTE: SecretKeyFactory is not thread-safe; getInstance is cheap next to 210,000 iterations.
            return SecretKeyFactory.getInstance(ALGORITHM);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JDK has no " + ALGORITHM + "; token authentication needs it", e);
        }
    }
}
